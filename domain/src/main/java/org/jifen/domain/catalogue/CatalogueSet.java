package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;

/**
 * Every catalogue version loaded in an installation. Answers which version of each tier is in force
 * for a jurisdiction on a date: a version runs from its {@code effectiveFrom} until its
 * {@code effectiveTo} or until the next version of the same tier and jurisdiction takes effect,
 * whichever comes first (the 2017 interim indicators stop the day the 2022 notice takes effect).
 */
public final class CatalogueSet {

    private static final Comparator<Catalogue> ORDER = Comparator
            .comparing((Catalogue c) -> c.jurisdiction().value())
            .thenComparing(Catalogue::tier)
            .thenComparing(Catalogue::effectiveFrom);

    private final List<Catalogue> versions;

    private CatalogueSet(List<Catalogue> versions) {
        List<Catalogue> sorted = new ArrayList<>(versions);
        sorted.sort(ORDER);
        this.versions = List.copyOf(sorted);
    }

    public static CatalogueSet empty() {
        return new CatalogueSet(List.of());
    }

    /** A set of versions, each validated and checked against the others; every problem is reported. */
    public static CatalogueSet of(Collection<Catalogue> catalogues) {
        CatalogueSet set = empty();
        List<CatalogueProblem> problems = new ArrayList<>();
        for (Catalogue catalogue : catalogues) {
            List<CatalogueProblem> found = set.problemsAdding(catalogue);
            problems.addAll(found);
            if (found.isEmpty()) {
                set = new CatalogueSet(append(set.versions, catalogue));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return set;
    }

    /** This set with one more version; refused with every problem when it is invalid or clashes. */
    public CatalogueSet with(Catalogue catalogue) {
        List<CatalogueProblem> problems = problemsAdding(catalogue);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new CatalogueSet(append(versions, catalogue));
    }

    /** Everything wrong with adding this version: its own problems and clashes with loaded versions. */
    public List<CatalogueProblem> problemsAdding(Catalogue catalogue) {
        List<CatalogueProblem> problems = new ArrayList<>(CatalogueValidator.problems(catalogue));
        String version = catalogue.version().value();
        if (find(catalogue.version()).isPresent()) {
            problems.add(new CatalogueProblem(version, null, "DUPLICATE_VERSION",
                    "version " + version + " is already loaded"));
            return problems;
        }
        CatalogueSet candidate = new CatalogueSet(append(versions, catalogue));
        for (Catalogue other : versions) {
            if (sameTier(other, catalogue) && candidate.overlaps(other, catalogue)) {
                problems.add(new CatalogueProblem(version, null, "OVERLAPPING_VERSIONS", "version " + version
                        + " (from " + catalogue.effectiveFrom() + ") overlaps version " + other.version()
                        + " (from " + other.effectiveFrom() + other.effectiveTo().map(t -> " to " + t).orElse("")
                        + ") of the same tier and jurisdiction"));
            }
            if (!sameTier(other, catalogue) && nested(other.jurisdiction(), catalogue.jurisdiction())
                    && candidate.validityOverlaps(other, catalogue)) {
                for (Indicator indicator : catalogue.indicators()) {
                    if (other.indicator(indicator.code()).isPresent()) {
                        problems.add(new CatalogueProblem(version, indicator.code().value(), "DUPLICATE_CODE",
                                "code " + indicator.code() + " is also used by version " + other.version()
                                        + ", in force in the same place at the same time"));
                    }
                }
            }
        }
        return problems;
    }

    /** The version of this tier defined by this jurisdiction in force on {@code on}. */
    public Optional<Catalogue> inForce(DivisionCode jurisdiction, Tier tier, LocalDate on) {
        return versions.stream()
                .filter(c -> c.jurisdiction().equals(jurisdiction) && c.tier() == tier)
                .filter(c -> isInForce(c, on))
                .findFirst();
    }

    /** Whether this loaded version counts on {@code on}. */
    public boolean isInForce(Catalogue catalogue, LocalDate on) {
        return !on.isBefore(catalogue.effectiveFrom()) && effectiveEnd(catalogue).map(on::isBefore).orElse(true);
    }

    /** The first day the version no longer counts: its effectiveTo or its successor's effectiveFrom. */
    public Optional<LocalDate> effectiveEnd(Catalogue catalogue) {
        Optional<LocalDate> successor = versions.stream()
                .filter(c -> sameTier(c, catalogue) && c.effectiveFrom().isAfter(catalogue.effectiveFrom()))
                .map(Catalogue::effectiveFrom)
                .min(Comparator.naturalOrder());
        if (catalogue.effectiveTo().isEmpty()) {
            return successor;
        }
        if (successor.isEmpty()) {
            return catalogue.effectiveTo();
        }
        LocalDate to = catalogue.effectiveTo().get();
        return Optional.of(to.isBefore(successor.get()) ? to : successor.get());
    }

    /**
     * The versions that apply to a district on a date: its province's provincial tier, its city's
     * municipal tier and its own district tier, each only when one is loaded and in force.
     */
    public List<Catalogue> applicableIn(DivisionCode district, LocalDate on) {
        List<Catalogue> applicable = new ArrayList<>();
        inForce(district.province(), Tier.PROVINCIAL, on).ifPresent(applicable::add);
        if (district.level() != DivisionLevel.PROVINCE) {
            inForce(district.city(), Tier.MUNICIPAL, on).ifPresent(applicable::add);
        }
        if (district.level() == DivisionLevel.DISTRICT) {
            inForce(district, Tier.DISTRICT, on).ifPresent(applicable::add);
        }
        return applicable;
    }

    /** The indicator of this code in force for a district on a date, with its catalogue version. */
    public Optional<CatalogueIndicator> indicatorIn(DivisionCode district, IndicatorCode code, LocalDate on) {
        for (Catalogue catalogue : applicableIn(district, on)) {
            Optional<Indicator> indicator = catalogue.indicator(code);
            if (indicator.isPresent()) {
                return Optional.of(new CatalogueIndicator(catalogue.version(), indicator.get()));
            }
        }
        return Optional.empty();
    }

    public Optional<Catalogue> find(CatalogueVersionId version) {
        return versions.stream().filter(c -> c.version().equals(version)).findFirst();
    }

    /** Every version, ordered by jurisdiction, tier and effective date. */
    public List<Catalogue> versions() {
        return versions;
    }

    private boolean overlaps(Catalogue a, Catalogue b) {
        Catalogue earlier = a.effectiveFrom().isAfter(b.effectiveFrom()) ? b : a;
        Catalogue later = earlier == a ? b : a;
        if (earlier.effectiveFrom().equals(later.effectiveFrom())) {
            return true;
        }
        return earlier.effectiveTo().filter(to -> to.isAfter(later.effectiveFrom())).isPresent();
    }

    private boolean validityOverlaps(Catalogue a, Catalogue b) {
        boolean aEndsBeforeB = effectiveEnd(a).filter(end -> !end.isAfter(b.effectiveFrom())).isPresent();
        boolean bEndsBeforeA = effectiveEnd(b).filter(end -> !end.isAfter(a.effectiveFrom())).isPresent();
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static boolean sameTier(Catalogue a, Catalogue b) {
        return a.tier() == b.tier() && a.jurisdiction().equals(b.jurisdiction());
    }

    private static boolean nested(DivisionCode a, DivisionCode b) {
        return a.contains(b) || b.contains(a);
    }

    private static List<Catalogue> append(List<Catalogue> list, Catalogue catalogue) {
        List<Catalogue> copy = new ArrayList<>(list);
        copy.add(catalogue);
        return copy;
    }
}
