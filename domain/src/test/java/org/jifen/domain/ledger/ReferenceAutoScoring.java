package org.jifen.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;

/**
 * The original, straightforward {@link AutoScoring} (streams, a full sort on every append), kept unchanged
 * as the test oracle of the optimised one: {@code LedgerEquivalenceProperties} checks that both
 * answer every question and post every entry alike.
 */
final class ReferenceAutoScoring {

    private ReferenceAutoScoring() {
    }

    /** One {@code AUTO} indicator scored: the facts used, the target balance and what was posted for it. */
    public record Line(IndicatorCode indicator, Facts facts, String factsInWords, Points target,
            List<LedgerEntry> posted) {

        public Line {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(target, "target");
            posted = List.copyOf(posted);
        }
    }

    /** The outcome for one person: the lines, and the ledger with every posted entry appended. */
    public record Outcome(ReferenceLedger ledger, List<Line> lines) {

        public Outcome {
            Objects.requireNonNull(ledger, "ledger");
            lines = List.copyOf(lines);
        }

        /** Every entry posted, in posting order. */
        public List<LedgerEntry> posted() {
            return lines.stream().flatMap(line -> line.posted().stream()).toList();
        }
    }

    /**
     * Scores the person on {@code on}.
     *
     * @param applicable the catalogue versions in force for the district on {@code on}
     * @param quantities the latest system-data quantity on or before {@code on} of each indicator the
     *                   person has data for (indicators without data are skipped)
     * @param ledger     the person's ledger as it stands (loaded for posting)
     * @param now        when the entries are recorded
     */
    public static Outcome score(Person person, List<Catalogue> applicable, Map<IndicatorCode, BigDecimal> quantities,
            ReferenceLedger ledger, LocalDate on, Instant now) {
        if (!ledger.person().equals(person.id())) {
            throw new IllegalArgumentException("the ledger of " + ledger.person() + " is not " + person.id() + "'s");
        }
        ReferenceLedger current = ledger;
        List<Line> lines = new ArrayList<>();
        for (Catalogue catalogue : applicable) {
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.method() != ScoringMethod.AUTO) {
                    continue;
                }
                Optional<Facts> facts = facts(person, indicator, quantities);
                if (facts.isEmpty()) {
                    continue;
                }
                IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(),
                        indicator.code());
                Points target = indicator.targetBalance(facts.get(), on);
                Points before = current.balance(ref, on, now);
                long postedBefore = current.entries().stream().filter(e -> e.indicator().equals(ref)).count();
                Posting posting = new Posting(
                        IdempotencyKey.of("AUTO:" + person.id() + ":" + ref + ":" + on + ":#" + postedBefore + ":"
                                + before + ">" + target),
                        new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-" + on), Actor.SYSTEM, now, on);
                List<LedgerEntry> entries = current.postTarget(indicator, ref, target, posting, false);
                current = current.appendAll(entries);
                lines.add(new Line(indicator.code(), facts.get(), describe(facts.get(), indicator), target, entries));
            }
        }
        return new Outcome(current, lines);
    }

    private static Optional<Facts> facts(Person person, Indicator indicator, Map<IndicatorCode, BigDecimal> quantities) {
        if (indicator.rule().kind() == RuleKind.AGE) {
            return Optional.of(new Facts.BirthDate(person.idNumber().birthDate()));
        }
        return Optional.ofNullable(quantities.get(indicator.code())).map(Facts.Quantity::new);
    }

    /** The facts in words, e.g. "61 MONTH", or "birth date from the ID number". */
    private static String describe(Facts facts, Indicator indicator) {
        if (facts instanceof Facts.BirthDate) {
            return "birth date from the ID number";
        }
        if (facts instanceof Facts.Quantity quantity) {
            String amount = quantity.amount().toPlainString();
            return indicator.rule() instanceof PerUnitRule perUnit ? amount + " " + perUnit.unit() : amount;
        }
        return facts.toString();
    }
}
