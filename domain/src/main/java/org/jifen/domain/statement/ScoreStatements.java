package org.jifen.domain.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * Builds the score statement: the usable score (可用积分) of a person in a district on a date as
 * known at a time. Tier recognition: provincial points everywhere in the province, municipal points
 * within the city, district points only in that district; a tier with no catalogue in force
 * contributes nothing and says so; points of a catalogue version not in force on the date do not count.
 */
public final class ScoreStatements {

    private final CatalogueSet catalogues;
    private final DivisionRegistry divisions;

    public ScoreStatements(CatalogueSet catalogues, DivisionRegistry divisions) {
        this.catalogues = catalogues;
        this.divisions = divisions;
    }

    public ScoreStatement build(Ledger ledger, DivisionCode district, LocalDate on, Instant knownAt) {
        divisions.require(district);
        if (district.level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district",
                    "a score is used in a district, not in " + district + " (" + district.level() + ")");
        }
        List<TierStatement> tiers = new ArrayList<>();
        Set<CatalogueVersionId> shown = new java.util.HashSet<>();
        for (Tier tier : Tier.values()) {
            DivisionCode jurisdiction = definingJurisdiction(tier, district);
            Optional<Catalogue> inForce = catalogues.inForce(jurisdiction, tier, on);
            if (inForce.isPresent()) {
                shown.add(inForce.get().version());
                tiers.add(recognisedTier(inForce.get(), district, ledger, on, knownAt));
            } else {
                tiers.add(new TierStatement(tier, jurisdiction, divisions.chineseName(jurisdiction), Optional.empty(),
                        Recognition.NO_CATALOGUE_IN_FORCE, name(jurisdiction) + "在" + on + "无生效的"
                                + tier.chineseName() + "体系，该层级不计分",
                        Points.ZERO, Points.ZERO, Points.ZERO, tier.max(), List.of()));
            }
        }
        tiers.addAll(unrecognisedHoldings(ledger, district, on, knownAt, shown));

        Points counted = Points.ZERO;
        Points deductions = Points.ZERO;
        for (TierStatement tier : tiers) {
            if (tier.recognised()) {
                counted = counted.plus(tier.subtotal());
                deductions = deductions.plus(tier.deductionSubtotal());
            }
        }
        Points total = counted.clamp(Points.ZERO, Tier.MAX_TOTAL);
        return new ScoreStatement(ledger.person(), district, divisions.chineseName(district), on, knownAt, tiers,
                deductions, total, Tier.MAX_TOTAL, ledger.freezeOn(on, knownAt));
    }

    private TierStatement recognisedTier(Catalogue catalogue, DivisionCode district, Ledger ledger, LocalDate on,
            Instant knownAt) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(),
                    indicator.code());
            lines.add(line(indicator, ledger.entries(ref, on, knownAt)));
        }
        return tier(catalogue, Recognition.RECOGNISED, recognisedReason(catalogue, district), lines);
    }

    private List<TierStatement> unrecognisedHoldings(Ledger ledger, DivisionCode district, LocalDate on,
            Instant knownAt, Set<CatalogueVersionId> shown) {
        Map<CatalogueVersionId, List<LedgerEntry>> byVersion = ledger.entries().stream()
                .filter(e -> e.counts(on, knownAt) && !shown.contains(e.indicator().version()))
                .collect(Collectors.groupingBy(e -> e.indicator().version(), LinkedHashMap::new, Collectors.toList()));
        List<TierStatement> tiers = new ArrayList<>();
        for (Map.Entry<CatalogueVersionId, List<LedgerEntry>> held : byVersion.entrySet()) {
            Optional<Catalogue> catalogue = catalogues.find(held.getKey());
            if (catalogue.isEmpty()) {
                throw new IllegalStateException("entries refer to catalogue version " + held.getKey()
                        + " which is not loaded");
            }
            Catalogue c = catalogue.get();
            List<IndicatorLine> lines = new ArrayList<>();
            for (Indicator indicator : c.indicators()) {
                List<LedgerEntry> entries = held.getValue().stream()
                        .filter(e -> e.indicator().code().equals(indicator.code())).toList();
                if (!entries.isEmpty()) {
                    lines.add(line(indicator, entries));
                }
            }
            boolean inside = c.jurisdiction().contains(district);
            Recognition recognition = inside ? Recognition.VERSION_NOT_IN_FORCE : Recognition.OUTSIDE_JURISDICTION;
            String reason = inside
                    ? "指标体系版本" + c.version() + "在" + on + "不在有效期内（" + validity(c) + "），其积分不计入"
                    : name(c.jurisdiction()) + c.tier().chineseName() + "积分仅在" + name(c.jurisdiction())
                            + "范围内认可，不计入" + name(district);
            tiers.add(tier(c, recognition, reason, lines));
        }
        return tiers;
    }

    private TierStatement tier(Catalogue catalogue, Recognition recognition, String reason,
            List<IndicatorLine> lines) {
        Points bonus = Points.ZERO;
        Points deduction = Points.ZERO;
        for (IndicatorLine line : lines) {
            if (line.kind() == IndicatorKind.BONUS) {
                bonus = bonus.plus(line.balance());
            } else {
                deduction = deduction.plus(line.balance());
            }
        }
        bonus = bonus.min(catalogue.tier().max());
        return new TierStatement(catalogue.tier(), catalogue.jurisdiction(), name(catalogue.jurisdiction()),
                Optional.of(catalogue.version()),
                recognition, reason, bonus, deduction, bonus.plus(deduction), catalogue.tier().max(), lines);
    }

    private static IndicatorLine line(Indicator indicator, List<LedgerEntry> entries) {
        Points balance = Points.ZERO;
        for (LedgerEntry entry : entries) {
            balance = balance.plus(entry.points());
        }
        return new IndicatorLine(indicator.code(), indicator.chineseName(), indicator.englishName(), indicator.kind(),
                indicator.method(), balance, indicator.cap(), entries);
    }

    private String recognisedReason(Catalogue catalogue, DivisionCode district) {
        return switch (catalogue.tier()) {
            case PROVINCIAL -> name(catalogue.jurisdiction()) + "省级共性指标全省互认";
            case MUNICIPAL -> name(catalogue.jurisdiction()) + "市级共性指标在全市范围内认可";
            case DISTRICT -> name(district) + "区个性指标适用于居住在" + name(district) + "的申请人";
        };
    }

    private String validity(Catalogue catalogue) {
        return catalogue.effectiveFrom() + "起" + catalogues.effectiveEnd(catalogue).map(end -> "，" + end + "止").orElse("");
    }

    private String name(DivisionCode code) {
        return divisions.chineseName(code);
    }

    private static DivisionCode definingJurisdiction(Tier tier, DivisionCode district) {
        return switch (tier) {
            case PROVINCIAL -> district.province();
            case MUNICIPAL -> district.city();
            case DISTRICT -> district;
        };
    }
}
