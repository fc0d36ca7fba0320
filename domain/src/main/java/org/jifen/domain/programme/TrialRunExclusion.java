package org.jifen.domain.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * 试运行期间积分不用于入学: points earned during the 浙里新市民 trial run — bonus entries effective from
 * {@link Programme#TRIAL_RUN_START} until the district's indicators took effect — are not usable in a
 * programme that excludes them (school enrolment). The window ends on the {@code effectiveFrom} of the
 * district's first district-tier catalogue version taking effect after the trial run started (a later
 * replacement version does not move it). Deduction entries stay: a penalty is not "earned", and its
 * points and freeze still apply.
 */
public record TrialRunExclusion(LocalDate from, LocalDate until) {

    public TrialRunExclusion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the trial-run window must end after it starts");
        }
    }

    /**
     * The window for a district: empty when no district catalogue of the district took effect after
     * the trial run started (nothing to tell trial-run points apart from).
     */
    public static Optional<TrialRunExclusion> forDistrict(CatalogueSet catalogues, DivisionCode district) {
        return catalogues.versions().stream()
                .filter(c -> c.tier() == Tier.DISTRICT && c.jurisdiction().equals(district))
                .map(Catalogue::effectiveFrom)
                .filter(d -> d.isAfter(Programme.TRIAL_RUN_START))
                .min(Comparator.naturalOrder())
                .map(until -> new TrialRunExclusion(Programme.TRIAL_RUN_START, until));
    }

    /** Whether the entry is a trial-run bonus entry (an entry of an unknown indicator counts as bonus). */
    public boolean excludes(LedgerEntry entry, CatalogueSet catalogues) {
        if (entry.effectiveOn().isBefore(from) || !entry.effectiveOn().isBefore(until)) {
            return false;
        }
        IndicatorKind kind = catalogues.find(entry.indicator().version())
                .flatMap(c -> c.indicator(entry.indicator().code()))
                .map(i -> i.kind()).orElse(IndicatorKind.BONUS);
        return kind == IndicatorKind.BONUS;
    }

    /** The ledger without the trial-run bonus entries. */
    public Ledger apply(Ledger ledger, CatalogueSet catalogues) {
        return Ledger.of(ledger.person(), ledger.entries().stream().filter(e -> !excludes(e, catalogues)).toList());
    }
}
