package org.jifen.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * 系统自动评分: scores a person's {@code AUTO} indicators of the catalogues in force from system data
 * (the age from the ID number) and posts the difference between each target balance and the balance
 * effective on the scoring date. The one place this is decided, whether one person is scored or a
 * whole district in bulk.
 *
 * <p>The idempotency key of a posting names the person, the indicator, the date, how many entries the
 * indicator had before, and the transition ({@code before>target}), so the same facts never post twice
 * and system data corrected back and forth (10 → 20 → 10 → 20) still posts each transition. The key is
 * only written for an indicator that posts something (or that might be refused as too long, so that it is
 * refused as before): a district scoring leaves most indicators unchanged.
 */
public final class AutoScoring {

    private AutoScoring() {
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
    public record Outcome(Ledger ledger, List<Line> lines) {

        public Outcome {
            Objects.requireNonNull(ledger, "ledger");
            lines = List.copyOf(lines);
        }

        /** Every entry posted, in posting order. */
        public List<LedgerEntry> posted() {
            List<LedgerEntry> posted = new ArrayList<>();
            for (Line line : lines) {
                posted.addAll(line.posted());
            }
            return Collections.unmodifiableList(posted);
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
            Ledger ledger, LocalDate on, Instant now) {
        if (!ledger.person().equals(person.id())) {
            throw new IllegalArgumentException("the ledger of " + ledger.person() + " is not " + person.id() + "'s");
        }
        Ledger current = ledger;
        List<Line> lines = new ArrayList<>();
        String onText = on.toString();
        EntrySource source = null;
        for (Catalogue catalogue : applicable) {
            List<Indicator> indicators = catalogue.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                if (indicator.method() != ScoringMethod.AUTO) {
                    continue;
                }
                Facts facts = facts(person, indicator, quantities);
                if (facts == null) {
                    continue;
                }
                IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(),
                        indicator.code());
                Points target = indicator.targetBalance(facts, on);
                Ledger.Tally tally = current.tally(ref, on, now);
                Points before = tally.balance();
                int postedBefore = tally.count();
                IdempotencyKey key = mayBeTooLong(person, ref, onText)
                        ? IdempotencyKey.of(key(person, ref, onText, postedBefore, before, target))
                        : null;
                Points delta = current.deltaToTarget(indicator, ref, target, before);
                List<LedgerEntry> entries = List.of();
                if (!delta.isZero()) {
                    if (key == null) {
                        key = IdempotencyKey.of(key(person, ref, onText, postedBefore, before, target));
                    }
                    if (source == null) {
                        source = new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-" + onText);
                    }
                    entries = current.postDelta(ref, delta, new Posting(key, source, Actor.SYSTEM, now, on), false);
                    current = current.appendAll(entries);
                }
                lines.add(new Line(indicator.code(), facts, describe(facts, indicator), target, entries));
            }
        }
        return new Outcome(current, lines);
    }

    /** {@code AUTO:<person>:<version>/<code>:<date>:#<entries before>:<balance before>><target>}. */
    private static String key(Person person, IndicatorRef ref, String on, int postedBefore, Points before,
            Points target) {
        return "AUTO:" + person.id().value() + ":" + ref.version().value() + "/" + ref.code().value() + ":" + on
                + ":#" + postedBefore + ":" + before + ">" + target;
    }

    /**
     * Whether the key could pass {@link IdempotencyKey}'s 200 characters: its fixed parts with the longest
     * count (10 digits) and the longest points (21 characters each). Only then is it written for an
     * indicator that posts nothing, to be refused as it always was.
     */
    private static boolean mayBeTooLong(Person person, IndicatorRef ref, String on) {
        int fixed = "AUTO:".length() + person.id().value().length() + 1 + ref.version().value().length() + 1
                + ref.code().value().length() + 1 + on.length() + ":#".length() + 1 + 1;
        return fixed + 10 + 21 + 21 > 200;
    }

    /** The facts the system holds for the indicator, or null when it holds none. */
    private static Facts facts(Person person, Indicator indicator, Map<IndicatorCode, BigDecimal> quantities) {
        if (indicator.rule().kind() == RuleKind.AGE) {
            return new Facts.BirthDate(person.idNumber().birthDate());
        }
        BigDecimal quantity = quantities.get(indicator.code());
        return quantity == null ? null : new Facts.Quantity(quantity);
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
