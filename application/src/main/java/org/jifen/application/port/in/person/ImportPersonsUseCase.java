package org.jifen.application.port.in.person;

/**
 * 批量导入流动人口: a CLERK or ADMIN whose jurisdiction covers every entry's residence district
 * ({@code OUT_OF_JURISDICTION} otherwise) registers many persons at once, all or none. Every entry is
 * checked before anything is stored: the residence is a known district ({@code UNKNOWN_DIVISION},
 * {@code NOT_A_DISTRICT}); an ID number given twice is refused with {@code DUPLICATE_ID_NUMBER} naming
 * both entries, one already registered with {@code PERSON_EXISTS} naming the entry and the person. The
 * import is audited once, with the count. Stored set-based (never a round trip per person).
 */
public interface ImportPersonsUseCase {

    ImportPersonsResult importPersons(ImportPersonsCommand command);
}
