package org.jifen.domain.catalogue;

/** A problem in a rule's own data, with a stable code such as {@code LEVEL_MISSING}. */
public record RuleProblem(String code, String message) {
}
