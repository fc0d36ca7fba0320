package org.jifen.application;

import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.PersonId;

/** Callers for tests: one per role, acting in Haishu unless the name says otherwise. */
public final class TestCallers {

    private TestCallers() {
    }

    /** A provincial administrator (catalogues, clearing anywhere in Zhejiang). */
    public static final Caller ADMIN = Caller.of("admin-zj", Role.ADMIN, TestCatalogues.ZHEJIANG);
    /** Another government system sending data for the whole province. */
    public static final Caller SYSTEM = Caller.of("system-hrss", Role.SYSTEM, TestCatalogues.ZHEJIANG);
    public static final Caller HAISHU_CLERK = Caller.of("clerk-hs", Role.CLERK, TestCatalogues.HAISHU);
    public static final Caller YINZHOU_CLERK = Caller.of("clerk-yz", Role.CLERK, TestCatalogues.YINZHOU);
    public static final Caller HAISHU_SUPERVISOR = Caller.of("supervisor-hs", Role.SUPERVISOR, TestCatalogues.HAISHU);
    public static final Caller AUDITOR = Caller.of("auditor-nb", Role.AUDITOR, TestCatalogues.NINGBO);

    public static Caller reviewer(Department department) {
        return Caller.reviewer("reviewer-hs-" + department.name().toLowerCase(java.util.Locale.ROOT),
                TestCatalogues.HAISHU, department);
    }

    public static Caller applicant(PersonId person) {
        return Caller.applicant("applicant-" + person.value(), TestCatalogues.HAISHU, person);
    }
}
