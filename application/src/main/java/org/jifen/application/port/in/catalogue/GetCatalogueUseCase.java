package org.jifen.application.port.in.catalogue;

/**
 * 查询指标体系: any authenticated caller sees the indicators in force in a district on a date, by tier
 * (provincial of its province, municipal of its city, its own district tier), with caps, rules,
 * departments, the tier maxima and the maximum total. The district must be a known district
 * ({@code UNKNOWN_DIVISION}, {@code NOT_A_DISTRICT}). Reads only; not audited.
 */
public interface GetCatalogueUseCase {

    CatalogueView catalogue(CatalogueQuery query);
}
