package org.jifen.adapters.db.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.InvalidCatalogueException;
import org.jifen.domain.catalogue.LevelFamily;
import org.jifen.domain.catalogue.LevelRule;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RangeRule;
import org.jifen.domain.catalogue.Rule;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.catalogue.Unit;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * Catalogue versions in four tables: the version, its indicators in order with each rule's
 * parameters in columns, and the rules' level tables and age bands in order. A version comes back
 * equal to the one added, down to the scale of a unit size.
 *
 * <p>Every statement and every scoring asks for the {@link #catalogueSet()}: it is kept in memory and
 * rebuilt only when the loaded versions differ from the ones it was built from. Versions are only ever
 * added, so their count and the last one's load number identify them — one small query per call, which
 * also sees versions another process loaded, and a version added in a transaction that rolls back.
 */
public final class JdbiCatalogueRepository implements CatalogueRepository {

    private final JdbiTransactionRunner transactions;
    private volatile Loaded loaded = new Loaded("", CatalogueSet.of(List.of()));

    /** The versions as loaded when the stamp was taken. */
    private record Loaded(String stamp, CatalogueSet set) {
    }

    public JdbiCatalogueRepository(JifenDatabase database) {
        this.transactions = Objects.requireNonNull(database, "database").transactions();
    }

    @Override
    public List<Catalogue> findAll() {
        return transactions.withDao(CatalogueDao.class, dao -> assemble(dao.catalogues(), dao.indicators(),
                dao.levels(), dao.ageBands()));
    }

    @Override
    public CatalogueSet catalogueSet() {
        return transactions.withDao(CatalogueDao.class, dao -> {
            String stamp = dao.stamp();
            Loaded current = loaded;
            if (current.stamp().equals(stamp)) {
                return current.set();
            }
            CatalogueSet set = CatalogueSet.of(assemble(dao.catalogues(), dao.indicators(), dao.levels(),
                    dao.ageBands()));
            loaded = new Loaded(stamp, set);
            return set;
        });
    }

    @Override
    public Optional<Catalogue> find(CatalogueVersionId version) {
        return transactions.withDao(CatalogueDao.class, dao -> dao.catalogue(version.value())
                .map(row -> assemble(List.of(row), dao.indicators(version.value()), dao.levels(version.value()),
                        dao.ageBands(version.value())).get(0)));
    }

    @Override
    public void add(Catalogue catalogue) {
        String version = catalogue.version().value();
        List<IndicatorRow> indicators = new ArrayList<>();
        List<RuleLevelRow> levels = new ArrayList<>();
        List<AgeBandRow> bands = new ArrayList<>();
        for (int position = 0; position < catalogue.indicators().size(); position++) {
            Indicator indicator = catalogue.indicators().get(position);
            indicators.add(indicatorRow(version, position, indicator));
            tableOf(indicator.rule(), version, position, levels, bands);
        }
        transactions.useDao(CatalogueDao.class, dao -> {
            if (dao.count(version) > 0) {
                throw duplicate(catalogue);
            }
            try {
                dao.insert(new CatalogueRow(version, catalogue.jurisdiction().value(), catalogue.tier().name(),
                        catalogue.title(), catalogue.publishedOn(), catalogue.effectiveTo().orElse(null)));
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw duplicate(catalogue);
                }
                throw failure;
            }
            dao.insertIndicators(indicators);
            if (!levels.isEmpty()) {
                dao.insertLevels(levels);
            }
            if (!bands.isEmpty()) {
                dao.insertAgeBands(bands);
            }
        });
    }

    private static InvalidCatalogueException duplicate(Catalogue catalogue) {
        return new InvalidCatalogueException(List.of(new CatalogueProblem(catalogue.version().value(), null,
                "DUPLICATE_VERSION", "version " + catalogue.version() + " is already loaded")));
    }

    // ---- domain → rows

    private static IndicatorRow indicatorRow(String version, int position, Indicator indicator) {
        Rule rule = indicator.rule();
        BigDecimal points = null;
        String unitSize = null;
        String unit = null;
        BigDecimal min = null;
        BigDecimal max = null;
        String family = null;
        if (rule instanceof FixedRule fixed) {
            points = fixed.points().toBigDecimal();
        } else if (rule instanceof PerUnitRule perUnit) {
            points = perUnit.pointsPerUnit().toBigDecimal();
            unitSize = perUnit.unitSize().toString();
            unit = perUnit.unit().name();
        } else if (rule instanceof RangeRule range) {
            min = range.min().toBigDecimal();
            max = range.max().toBigDecimal();
        } else if (rule instanceof LevelRule level) {
            family = level.family().name();
        } else if (rule instanceof PerEventRule perEvent) {
            family = perEvent.family().name();
        }
        return new IndicatorRow(version, position, indicator.code().value(), indicator.chineseName(),
                indicator.englishName(), indicator.tier().name(), indicator.jurisdiction().value(),
                indicator.kind().name(), indicator.method().name(), indicator.department().name(),
                indicator.cap().toBigDecimal(), rule.kind().name(), points, unitSize, unit, min, max, family);
    }

    private static void tableOf(Rule rule, String version, int position, List<RuleLevelRow> levels,
            List<AgeBandRow> bands) {
        Map<String, Points> table = rule instanceof LevelRule level ? level.table()
                : rule instanceof PerEventRule perEvent ? perEvent.table() : Map.of();
        int row = 0;
        for (Map.Entry<String, Points> entry : table.entrySet()) {
            levels.add(new RuleLevelRow(version, position, row++, entry.getKey(), entry.getValue().toBigDecimal()));
        }
        if (rule instanceof AgeRule age) {
            for (int i = 0; i < age.bands().size(); i++) {
                AgeBand band = age.bands().get(i);
                bands.add(new AgeBandRow(version, position, i, band.fromAge(), band.toAge(),
                        band.points().toBigDecimal(), band.perYear().toBigDecimal()));
            }
        }
    }

    // ---- rows → domain

    private record IndicatorKey(String version, int position) {
    }

    private static List<Catalogue> assemble(List<CatalogueRow> catalogues, List<IndicatorRow> indicators,
            List<RuleLevelRow> levels, List<AgeBandRow> bands) {
        Map<IndicatorKey, List<RuleLevelRow>> levelsOf = levels.stream().collect(Collectors.groupingBy(
                r -> new IndicatorKey(r.versionId(), r.indicatorPosition()), LinkedHashMap::new, Collectors.toList()));
        Map<IndicatorKey, List<AgeBandRow>> bandsOf = bands.stream().collect(Collectors.groupingBy(
                r -> new IndicatorKey(r.versionId(), r.indicatorPosition()), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Indicator>> indicatorsOf = new LinkedHashMap<>();
        for (IndicatorRow row : indicators) {
            IndicatorKey key = new IndicatorKey(row.versionId(), row.positionNo());
            indicatorsOf.computeIfAbsent(row.versionId(), v -> new ArrayList<>()).add(indicator(row,
                    levelsOf.getOrDefault(key, List.of()), bandsOf.getOrDefault(key, List.of())));
        }
        return catalogues.stream().map(row -> new Catalogue(CatalogueVersionId.of(row.versionId()),
                DivisionCode.of(row.jurisdiction()), Tier.valueOf(row.tier()), row.title(), row.publishedOn(),
                Optional.ofNullable(row.effectiveTo()), indicatorsOf.getOrDefault(row.versionId(), List.of())))
                .toList();
    }

    private static Indicator indicator(IndicatorRow row, List<RuleLevelRow> levels, List<AgeBandRow> bands) {
        return new Indicator(IndicatorCode.of(row.code()), row.chineseName(), row.englishName(),
                Tier.valueOf(row.tier()), DivisionCode.of(row.jurisdiction()), IndicatorKind.valueOf(row.kind()),
                ScoringMethod.valueOf(row.scoringMethod()), Department.valueOf(row.department()),
                Points.of(row.cap()), rule(row, levels, bands));
    }

    private static Rule rule(IndicatorRow row, List<RuleLevelRow> levels, List<AgeBandRow> bands) {
        Function<BigDecimal, Points> points = Points::of;
        Map<String, Points> table = new LinkedHashMap<>();
        levels.forEach(level -> table.put(level.levelCode(), points.apply(level.points())));
        return switch (RuleKind.valueOf(row.ruleKind())) {
            case FIXED -> new FixedRule(points.apply(row.rulePoints()));
            case PER_UNIT -> new PerUnitRule(points.apply(row.rulePoints()), new BigDecimal(row.ruleUnitSize()),
                    Unit.valueOf(row.ruleUnit()));
            case RANGE -> new RangeRule(points.apply(row.ruleMin()), points.apply(row.ruleMax()));
            case LEVEL -> new LevelRule(LevelFamily.valueOf(row.ruleFamily()), table);
            case PER_EVENT -> new PerEventRule(LevelFamily.valueOf(row.ruleFamily()), table);
            case AGE -> new AgeRule(bands.stream().map(band -> new AgeBand(band.fromAge(), band.toAge(),
                    points.apply(band.points()), points.apply(band.perYear()))).toList());
        };
    }
}
