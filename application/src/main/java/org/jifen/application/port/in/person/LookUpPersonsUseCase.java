package org.jifen.application.port.in.person;

/**
 * 按身份证号查找人员: staff acting on persons named by ID number (a CLERK, REVIEWER, SUPERVISOR, ADMIN, or a
 * SYSTEM sending data) learn which of them are registered and under which person id — read set-based,
 * never one query per number, so a file of a million lines is looked up at once. A registered person
 * living outside the caller's jurisdiction refuses the whole lookup ({@code OUT_OF_JURISDICTION}, the ID
 * number masked); a number not registered is simply absent. Nothing is written or audited: only ids are
 * returned, no personal data.
 */
public interface LookUpPersonsUseCase {

    PersonLookup lookUp(PersonLookupQuery query);
}
