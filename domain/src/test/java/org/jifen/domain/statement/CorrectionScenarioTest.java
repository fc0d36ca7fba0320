package org.jifen.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.endOf;
import static org.jifen.domain.statement.StatementFixtures.DIVISIONS;
import static org.jifen.domain.statement.StatementFixtures.ON;
import static org.jifen.domain.statement.StatementFixtures.PUBLISHED;
import static org.jifen.domain.statement.StatementFixtures.code;
import static org.jifen.domain.statement.StatementFixtures.line;
import static org.jifen.domain.statement.StatementFixtures.p;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §3–§4: an upheld appeal (复核) on P04 is a correction entry effective on the original
 * publication date, recorded when decided. A statement as known before the decision and one as known
 * after differ exactly by the correction.
 */
class CorrectionScenarioTest {

    private static final LocalDate DECIDED = LocalDate.of(2023, 3, 20);
    private static final Instant BEFORE = endOf(DECIDED.minusDays(1));
    private static final Instant AFTER = endOf(DECIDED);

    private final ScoreStatements statements = new ScoreStatements(TestCatalogues.defaultSet(), DIVISIONS);

    private Ledger corrected() {
        return TestPostings.target(StatementFixtures.haishuResident(), TestPostings.defaultCatalogueOf("P04"), "P04",
                p("14.50"), TestPostings.posting("appeal-1-P04", new EntrySource(SourceKind.APPEAL, "APPEAL-1"),
                        TestPostings.REVIEWER, at(DECIDED, 15, 0), PUBLISHED), true);
    }

    private LedgerEntry correction() {
        return corrected().entries().stream().filter(e -> e.key().value().equals("appeal-1-P04")).findFirst()
                .orElseThrow();
    }

    @Test
    void theCorrectionIsEffectiveOnTheOriginalDate_andRecordedWhenDecided() {
        LedgerEntry correction = correction();

        assertThat(correction.points()).isEqualTo(p("2.50"));
        assertThat(correction.reason()).isEqualTo(EntryReason.CORRECTION);
        assertThat(correction.effectiveOn()).isEqualTo(PUBLISHED);
        assertThat(correction.recordedAt()).isEqualTo(at(DECIDED, 15, 0));
    }

    @Test
    void theStatementsBeforeAndAfter_differExactlyByTheCorrection() {
        Ledger ledger = corrected();
        ScoreStatement before = statements.build(ledger, TestCatalogues.HAISHU, ON, BEFORE);
        ScoreStatement after = statements.build(ledger, TestCatalogues.HAISHU, ON, AFTER);

        assertThat(before.total()).isEqualTo(p("76.50"));
        assertThat(after.total()).isEqualTo(p("79.00"));
        assertThat(after.total().minus(before.total())).isEqualTo(correction().points());
        assertThat(before.balanceOf(code("P04"))).isEqualTo(p("12.00"));
        assertThat(after.balanceOf(code("P04"))).isEqualTo(p("14.50"));
        assertThat(before.tiers().get(0).subtotal()).isEqualTo(p("49.50"));
        assertThat(after.tiers().get(0).subtotal()).isEqualTo(p("52.00"));
        assertThat(after.tiers().get(0).bonusSubtotal()).isEqualTo(p("52.00"));

        IndicatorLine p04Before = line(before.tiers().get(0), "P04");
        IndicatorLine p04After = line(after.tiers().get(0), "P04");
        List<LedgerEntry> added = new ArrayList<>(p04After.entries());
        added.removeAll(p04Before.entries());
        assertThat(added).containsExactly(correction());
        assertThat(p04After.entries()).containsSubsequence(p04Before.entries());
    }

    @Test
    void nothingElseChanges() {
        Ledger ledger = corrected();
        ScoreStatement before = statements.build(ledger, TestCatalogues.HAISHU, ON, BEFORE);
        ScoreStatement after = statements.build(ledger, TestCatalogues.HAISHU, ON, AFTER);

        assertThat(after.tiers()).hasSameSizeAs(before.tiers());
        assertThat(after.tiers().subList(1, 3)).isEqualTo(before.tiers().subList(1, 3));
        TierStatement provincialBefore = before.tiers().get(0);
        TierStatement provincialAfter = after.tiers().get(0);
        assertThat(provincialAfter.indicators()).hasSameSizeAs(provincialBefore.indicators());
        for (int i = 0; i < provincialBefore.indicators().size(); i++) {
            IndicatorLine lineBefore = provincialBefore.indicators().get(i);
            IndicatorLine lineAfter = provincialAfter.indicators().get(i);
            if (!lineBefore.code().value().equals("P04")) {
                assertThat(lineAfter).isEqualTo(lineBefore);
            } else {
                assertThat(lineAfter.balance().minus(lineBefore.balance())).isEqualTo(p("2.50"));
                assertThat(lineAfter.cap()).isEqualTo(lineBefore.cap());
            }
        }
        assertThat(provincialAfter.reason()).isEqualTo(provincialBefore.reason());
        assertThat(provincialAfter.recognition()).isEqualTo(provincialBefore.recognition());
        assertThat(provincialAfter.deductionSubtotal()).isEqualTo(provincialBefore.deductionSubtotal());
        assertThat(after.deductions()).isEqualTo(before.deductions());
        assertThat(after.freeze()).isEqualTo(before.freeze());
        assertThat(after.district()).isEqualTo(before.district());
        assertThat(after.effectiveOn()).isEqualTo(before.effectiveOn());
    }

    @Test
    void theCorrectionAlsoChangesTheOriginalDate_asKnownAfter() {
        Ledger ledger = corrected();

        ScoreStatement originalBefore = statements.build(ledger, TestCatalogues.HAISHU, PUBLISHED, BEFORE);
        ScoreStatement originalAfter = statements.build(ledger, TestCatalogues.HAISHU, PUBLISHED, AFTER);
        ScoreStatement dayBeforeOriginal = statements.build(ledger, TestCatalogues.HAISHU, PUBLISHED.minusDays(1),
                AFTER);

        assertThat(originalBefore.total()).isEqualTo(p("76.50"));
        assertThat(originalAfter.total()).isEqualTo(p("79.00"));
        assertThat(dayBeforeOriginal.total()).isEqualTo(Points.ZERO);
        assertThat(dayBeforeOriginal.deductions()).isEqualTo(p("-10.00"));
    }
}
