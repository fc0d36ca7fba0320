package org.jifen.domain.statement;

import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.shared.Points;

/**
 * A Haishu resident with points in all three tiers of the default catalogues and one detention
 * (M91, −10, freezing the account for 12 months from 2023-02-10). Everything but the deduction was
 * published on 2023-03-01.
 *
 * <pre>
 * provincial  P01 20.00  P02 10.00  P04 12.00  P05 7.50              = 49.50
 * municipal   M01 10.00  M02 10.00  M05 2.00   M06 6.00  M91 −10.00  = 18.00
 * Haishu      HS03 2.00  HS06 4.00  HS07 3.00                        =  9.00
 * total in Haishu                                                    = 76.50
 * </pre>
 */
final class StatementFixtures {

    static final DivisionRegistry DIVISIONS = DivisionRegistry.standard();

    static final LocalDate DETENTION_DAY = LocalDate.of(2023, 2, 10);
    static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 1);
    /** The statement date of most tests. */
    static final LocalDate ON = LocalDate.of(2023, 6, 1);
    /** Everything recorded by the end of {@link #ON}. */
    static final Instant KNOWN = TestPostings.endOf(ON);

    static final Freeze DETENTION_FREEZE = new Freeze(DETENTION_DAY, LocalDate.of(2024, 2, 10));

    private StatementFixtures() {
    }

    static Ledger haishuResident() {
        Ledger ledger = Ledger.empty(TestPostings.PERSON);
        ledger = TestPostings.penalty(ledger, "M91", "-10", DETENTION_DAY,
                TestPostings.penaltyPosting("pen-M91-1", "CASE-2023-017", at(DETENTION_DAY.plusDays(3)),
                        DETENTION_DAY));
        String[][] targets = {
            {"P01", "20.00"}, {"P02", "10.00"}, {"P04", "12.00"}, {"P05", "7.50"},
            {"M01", "10.00"}, {"M02", "10.00"}, {"M05", "2.00"}, {"M06", "6.00"},
            {"HS03", "2.00"}, {"HS06", "4.00"}, {"HS07", "3.00"},
        };
        for (String[] target : targets) {
            ledger = TestPostings.target(ledger, target[0], target[1], posting("app-1-" + target[0], PUBLISHED));
        }
        return ledger;
    }

    static Points p(String text) {
        return Points.parse(text);
    }

    static IndicatorCode code(String code) {
        return IndicatorCode.of(code);
    }

    static TierStatement tier(ScoreStatement statement, Catalogue catalogue) {
        return statement.tiers().stream()
                .filter(t -> t.version().filter(catalogue.version()::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no tier of " + catalogue.version()));
    }

    static IndicatorLine line(TierStatement tier, String code) {
        return tier.indicators().stream().filter(l -> l.code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + tier.version()));
    }

    static List<String> codes(TierStatement tier) {
        return tier.indicators().stream().map(l -> l.code().value()).toList();
    }

    static List<Points> balances(TierStatement tier) {
        return tier.indicators().stream().map(IndicatorLine::balance).toList();
    }

    static List<Points> caps(TierStatement tier) {
        return tier.indicators().stream().map(IndicatorLine::cap).toList();
    }

    static List<Points> points(String... values) {
        return java.util.Arrays.stream(values).map(Points::parse).toList();
    }
}
