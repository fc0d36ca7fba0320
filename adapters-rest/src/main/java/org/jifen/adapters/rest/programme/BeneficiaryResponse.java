package org.jifen.adapters.rest.programme;

/** Who benefits from a place: the ID number always masked ({@code 330203********1232}) and the name. */
public record BeneficiaryResponse(String idNumber, String name) {
}
