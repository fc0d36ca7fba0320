package org.jifen.application.port.out.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealDecision;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AppealRepository} adapter must do. An adapter's test extends this class and returns
 * the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Appeals are compared with {@code equals}: the indicators in order, the reason, the filing instant
 * and dates, the status and the decision with its corrections (facts of each kind) come back as stored.
 * Instants are given to the microsecond; quantities in corrections keep their scale ({@code 64.5}).
 * Refusals: an appeal id already stored is refused with {@code DUPLICATE_APPEAL}; updating an appeal never
 * added with {@code APPEAL_NOT_FOUND}; nothing of a refused call is stored.
 */
public abstract class AppealRepositoryContract {

    private static final ApplicationId APPLICATION = ApplicationId.of("APP-000001");
    private static final ApplicationId OTHER_APPLICATION = ApplicationId.of("APP-000002");
    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final AppealId FIRST = new AppealId("APL-000001");
    private static final AppealId SECOND = new AppealId("APL-000002");
    private static final AppealId THIRD = new AppealId("APL-000003");
    private static final Instant FILED_AT = Instant.parse("2024-05-13T02:15:30.123456Z");
    private static final Instant DECIDED_AT = Instant.parse("2024-05-20T06:00:00.000001Z");

    /** The repository under test. */
    protected abstract AppealRepository appealRepository();

    private static Appeal filed(AppealId id, ApplicationId application, List<String> indicators, String reason) {
        return new Appeal(id, application, ANNA, indicators.stream().map(IndicatorCode::of).toList(), reason,
                FILED_AT, LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 27), AppealStatus.FILED, Optional.empty());
    }

    private static AppealDecision upheld() {
        return new AppealDecision(AppealStatus.UPHELD, List.of(
                new Correction(IndicatorCode.of("P04"), new Facts.Quantity(new BigDecimal("64.5"))),
                new Correction(IndicatorCode.of("M10"), new Facts.SetPoints(Points.parse("7.50"))),
                new Correction(IndicatorCode.of("M04"), new Facts.Events(List.of(
                        new Facts.Event("INVENTION", "ZL202110001234.5"),
                        new Facts.Event("UTILITY_MODEL", "ZL202220005678.9"))))),
                "社保缴费记录漏计三个月", "reviewer-hs-hrss", DECIDED_AT);
    }

    private static void assertRefusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(appealRepository().find(FIRST)).isEmpty();
        assertThat(appealRepository().findByApplication(APPLICATION)).isEmpty();
    }

    @Test
    void aFiledAppeal_comesBackEqualInEveryField() {
        Appeal appeal = filed(FIRST, APPLICATION, List.of("P04", "M10", "M04"), "社保月数少算了，网格员服务未计分");

        appealRepository().add(appeal);

        Appeal found = appealRepository().find(FIRST).orElseThrow();
        assertThat(found).isEqualTo(appeal);
        assertThat(found.indicators()).extracting(IndicatorCode::value).containsExactly("P04", "M10", "M04");
        assertThat(found.reason()).isEqualTo("社保月数少算了，网格员服务未计分");
        assertThat(found.filedAt()).isEqualTo(FILED_AT);
        assertThat(found.filedOn()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(found.decideBy()).isEqualTo(LocalDate.of(2024, 5, 27));
        assertThat(found.status()).isEqualTo(AppealStatus.FILED);
        assertThat(found.decision()).isEmpty();
    }

    @Test
    void anUpheldDecision_isStoredWithItsCorrectionsByUpdate() {
        Appeal appeal = filed(FIRST, APPLICATION, List.of("P04", "M10", "M04"), "少算了");
        appealRepository().add(appeal);
        Appeal decided = appeal.decide(upheld());

        appealRepository().update(decided);

        Appeal found = appealRepository().find(FIRST).orElseThrow();
        assertThat(found).isEqualTo(decided);
        assertThat(found.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(found.decision().orElseThrow().corrections()).containsExactlyElementsOf(upheld().corrections());
        assertThat(found.decision().orElseThrow().decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(found.open()).isFalse();
    }

    @Test
    void aDismissedDecision_isStoredWithItsReason() {
        Appeal appeal = filed(FIRST, APPLICATION, List.of("HS01"), "区级表彰应计分");
        appealRepository().add(appeal);
        Appeal decided = appeal.decide(new AppealDecision(AppealStatus.DISMISSED, List.of(),
                "表彰证书不在认定范围内", "supervisor-hs", DECIDED_AT));

        appealRepository().update(decided);

        Appeal found = appealRepository().find(FIRST).orElseThrow();
        assertThat(found).isEqualTo(decided);
        assertThat(found.decision().orElseThrow().reason()).isEqualTo("表彰证书不在认定范围内");
        assertThat(found.decision().orElseThrow().corrections()).isEmpty();
    }

    @Test
    void findByApplication_answersTheAppealsOfThatApplicationOnly() {
        Appeal first = filed(FIRST, APPLICATION, List.of("P04"), "一");
        Appeal other = filed(SECOND, OTHER_APPLICATION, List.of("P05"), "二");
        Appeal third = filed(THIRD, APPLICATION, List.of("M10"), "三");
        appealRepository().add(first);
        appealRepository().add(other);
        appealRepository().add(third);

        assertThat(appealRepository().findByApplication(APPLICATION)).containsExactlyInAnyOrder(first, third);
        assertThat(appealRepository().findByApplication(OTHER_APPLICATION)).containsExactly(other);
        assertThat(appealRepository().findByApplication(ApplicationId.of("APP-999999"))).isEmpty();
    }

    @Test
    void addingAnIdAgain_isRefusedWithDuplicateAppealAndKeepsTheFirst() {
        Appeal first = filed(FIRST, APPLICATION, List.of("P04"), "第一次");
        appealRepository().add(first);

        assertRefusedWith(() -> appealRepository().add(filed(FIRST, OTHER_APPLICATION, List.of("P05"), "第二次")),
                "DUPLICATE_APPEAL");

        assertThat(appealRepository().find(FIRST)).contains(first);
        assertThat(appealRepository().findByApplication(OTHER_APPLICATION)).isEmpty();
    }

    @Test
    void updatingAnAppealNeverAdded_isRefusedWithAppealNotFoundAndStoresNothing() {
        Appeal first = filed(FIRST, APPLICATION, List.of("P04"), "一");
        appealRepository().add(first);
        Appeal neverAdded = filed(SECOND, APPLICATION, List.of("P04"), "二").decide(new AppealDecision(
                AppealStatus.DISMISSED, List.of(), "不成立", "supervisor-hs", DECIDED_AT));

        assertRefusedWith(() -> appealRepository().update(neverAdded), "APPEAL_NOT_FOUND");

        assertThat(appealRepository().find(SECOND)).isEmpty();
        assertThat(appealRepository().findByApplication(APPLICATION)).containsExactly(first);
    }
}
