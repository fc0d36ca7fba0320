package org.jifen.application.port.in.catalogue;

/**
 * 导入指标体系: validates the versions against themselves and everything loaded (tier totals, codes,
 * caps, rules, overlapping versions) and loads them all, or refuses with every problem
 * ({@code INVALID_CATALOGUE}). Importing an identical version again changes nothing.
 */
public interface ImportCatalogueUseCase {

    ImportCatalogueResult importCatalogue(ImportCatalogueCommand command);
}
