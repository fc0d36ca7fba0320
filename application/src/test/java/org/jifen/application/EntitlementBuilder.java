package org.jifen.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;

/**
 * Builds an {@link Entitlement} obtained through points: {@code anEntitlement().withId("ENT-000002")
 * .inProgramme("RENTAL-2024-HS").atPlace("UNIT-0101").build()}. Defaults: ENT-000001 held through
 * person-0001's points for the child 张小雨 (a synthetic ID number born 2018-09-01 in Haishu), a seat at
 * 海曙区中心小学 in programme SCHOOL-2024-HS, granted 2024-07-01 10:00 China time, not revoked.
 */
public final class EntitlementBuilder {

    /** The default beneficiary's synthetic ID number. */
    public static final IdNumber CHILD_ID_NUMBER = TestIdNumbers.idNumber("330203", LocalDate.of(2018, 9, 1), 31);

    private EntitlementId id = new EntitlementId("ENT-000001");
    private PersonId holder = PersonId.of("person-0001");
    private IdNumber beneficiary = CHILD_ID_NUMBER;
    private String beneficiaryName = "张小雨";
    private String programme = "SCHOOL-2024-HS";
    private String place = "海曙区中心小学";
    private Instant grantedAt = TestData.chinaTime(LocalDate.of(2024, 7, 1), 10, 0);
    private Optional<Revocation> revocation = Optional.empty();

    private EntitlementBuilder() {
    }

    public static EntitlementBuilder anEntitlement() {
        return new EntitlementBuilder();
    }

    public EntitlementBuilder withId(String id) {
        this.id = new EntitlementId(id);
        return this;
    }

    public EntitlementBuilder heldBy(PersonId holder) {
        this.holder = holder;
        return this;
    }

    public EntitlementBuilder heldBy(String holder) {
        return heldBy(PersonId.of(holder));
    }

    public EntitlementBuilder forBeneficiary(IdNumber idNumber, String name) {
        this.beneficiary = idNumber;
        this.beneficiaryName = name;
        return this;
    }

    public EntitlementBuilder inProgramme(String programme) {
        this.programme = programme;
        return this;
    }

    public EntitlementBuilder atPlace(String place) {
        this.place = place;
        return this;
    }

    public EntitlementBuilder grantedAt(Instant grantedAt) {
        this.grantedAt = grantedAt;
        return this;
    }

    public EntitlementBuilder revoked(Revocation revocation) {
        this.revocation = Optional.of(revocation);
        return this;
    }

    public Entitlement build() {
        return new Entitlement(id, holder, beneficiary, beneficiaryName, programme, place, grantedAt, revocation);
    }
}
