package org.jifen.domain.audit;

/** What an audit event records (责任追究: every decision and every read of full personal data). */
public enum AuditAction {
    CATALOGUE_IMPORTED,
    PERSON_REGISTERED,
    /** A batch of persons registered at once (批量导入), one event with the count. */
    PERSONS_IMPORTED,
    HOUSEHOLD_MEMBER_ADDED,
    APPLICATION_SUBMITTED,
    CLAIM_DECIDED,
    SECOND_APPROVAL_GIVEN,
    DEDUCTION_RECORDED,
    APPLICATION_PUBLISHED,
    APPEAL_FILED,
    APPEAL_DECIDED,
    POINTS_CLEARED,
    ENTITLEMENT_REVOKED,
    PERSONAL_DATA_REVEALED,
    /** A year of the working-day calendar (工作日历) loaded or replaced. */
    CALENDAR_LOADED,
    /** A points-based programme (积分应用项目) defined. */
    PROGRAMME_DEFINED,
    /** An allocation round run, its results stored and its entitlements granted. */
    ROUND_RUN
}
