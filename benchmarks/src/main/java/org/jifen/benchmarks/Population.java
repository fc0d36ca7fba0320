package org.jifen.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.AutoScoring;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/**
 * The synthetic district every benchmark runs on (海曙 330203, the shipped default catalogue): resident
 * {@code i} is computed from {@code i} alone, so any range of residents is the same in every run and in
 * every benchmark. The one place the benchmarks make people and facts: when the CLI's synthetic district
 * generator ({@code generate}, issue 7) lands, it is adopted here and nowhere else.
 *
 * <p>Until then the residents are made here, the way the domain's test fixtures make them: ID numbers
 * computed from a region code, a birth date and a sequence with the check character of
 * {@link IdNumber#checkCharacter} (never a real person's), system-data quantities for the catalogue's
 * {@code AUTO} indicators drawn from simple distributions (not calibrated on real districts), and, for 95 %
 * of the residents, two earlier half-yearly auto-scorings already in their ledger, posted by the domain
 * (so a ledger holds about ten entries once scored on {@link #ON}, as the ranking goal assumes).
 */
public final class Population {

    /** The district scored and ranked. */
    public static final DivisionCode DISTRICT = DivisionCode.of("330203");
    /** The scoring date of the benchmarks, and when their entries are recorded. */
    public static final LocalDate ON = LocalDate.of(2024, 6, 30);
    public static final Instant NOW = Instant.parse("2024-07-01T01:00:00Z");
    /** The two prior half-yearly scorings already in the ledgers of 95 % of the residents. */
    public static final LocalDate FIRST_ON = LocalDate.of(2022, 12, 31);
    public static final Instant FIRST_NOW = Instant.parse("2023-01-01T01:00:00Z");
    public static final LocalDate PRIOR_ON = LocalDate.of(2023, 6, 30);
    public static final Instant PRIOR_NOW = Instant.parse("2023-07-01T01:00:00Z");

    /** Birth dates span this many days from 1964-01-01 (ages 18 to 60 on {@link #ON}, the P01 bands and beyond). */
    private static final int BIRTH_DAYS = 16_000;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1964, 1, 1);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** One resident: the person, the latest system-data quantity of each AUTO indicator with data, the ledger so far. */
    public record Resident(Person person, Map<IndicatorCode, BigDecimal> quantities, Ledger ledger) {

        public Resident {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(ledger, "ledger");
            quantities = Map.copyOf(quantities);
        }
    }

    private final List<Catalogue> catalogues;
    private final List<Catalogue> applicable;
    private final List<Catalogue> applicableBefore;
    private final List<Catalogue> applicableFirst;

    private Population(List<Catalogue> catalogues) {
        this.catalogues = List.copyOf(catalogues);
        CatalogueSet set = CatalogueSet.of(catalogues);
        this.applicable = set.applicableIn(DISTRICT, ON);
        this.applicableBefore = set.applicableIn(DISTRICT, PRIOR_ON);
        this.applicableFirst = set.applicableIn(DISTRICT, FIRST_ON);
    }

    /** Haishu under the shipped default catalogue ({@code default-catalogue.yaml} through the CLI's reader). */
    public static Population haishu() {
        return new Population(DefaultCatalogue.load());
    }

    /** Every catalogue loaded (provincial, municipal, Haishu). */
    public List<Catalogue> catalogues() {
        return catalogues;
    }

    /** The catalogue versions in force in the district on {@link #ON}. */
    public List<Catalogue> applicable() {
        return applicable;
    }

    public static PersonId personId(int i) {
        return PersonId.of(String.format("P%08d", i));
    }

    /** Residents {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Resident> residents(int from, int to) {
        List<Resident> residents = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            residents.add(resident(i));
        }
        return residents;
    }

    /** Resident {@code i}, always the same. */
    public Resident resident(int i) {
        if (i < 0 || i >= BIRTH_DAYS * 1000) {
            throw new IllegalArgumentException("resident " + i + " is outside 0.." + (BIRTH_DAYS * 1000 - 1));
        }
        SplittableRandom random = new SplittableRandom(0x6A69_6665_6EL ^ (i * 0x9E37_79B9_7F4A_7C15L));
        LocalDate born = FIRST_BIRTH.plusDays(i % BIRTH_DAYS);
        String first17 = DISTRICT.value() + born.format(BASIC) + String.format("%03d", i / BIRTH_DAYS % 1000);
        IdNumber idNumber = IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
        Person person = new Person(personId(i), idNumber, "居民" + i, DISTRICT);
        Map<IndicatorCode, BigDecimal> now = quantities(random);
        Ledger ledger = Ledger.empty(person.id());
        if (random.nextInt(100) < 95) {
            Map<IndicatorCode, BigDecimal> before = earlier(now, random);
            Map<IndicatorCode, BigDecimal> first = earlier(before, random);
            ledger = AutoScoring.score(person, applicableFirst, first, ledger, FIRST_ON, FIRST_NOW).ledger();
            ledger = AutoScoring.score(person, applicableBefore, before, ledger, PRIOR_ON, PRIOR_NOW).ledger();
        }
        return new Resident(person, now, ledger);
    }

    /** The entries the auto-scoring on {@link #ON} posts for the resident (the scoring kernel's output). */
    public List<LedgerEntry> scoredEntries(Resident resident) {
        return AutoScoring.score(resident.person(), applicable, resident.quantities(), resident.ledger(), ON, NOW)
                .posted();
    }

    /** Every entry of the resident's ledger once scored on {@link #ON}: the earlier scorings' and today's. */
    public List<LedgerEntry> allEntries(Resident resident) {
        List<LedgerEntry> entries = new ArrayList<>(resident.ledger().entries());
        entries.addAll(scoredEntries(resident));
        return entries;
    }

    /** System data on {@link #ON}: each AUTO indicator present with its own probability. */
    private static Map<IndicatorCode, BigDecimal> quantities(SplittableRandom random) {
        Map<IndicatorCode, BigDecimal> q = new LinkedHashMap<>();
        put(q, "P04", random, 90, 0, 150);   // months of social insurance
        put(q, "P05", random, 95, 0, 160);   // months of registered residence in Zhejiang
        put(q, "M02", random, 80, 0, 1);     // employed in Ningbo ≥ 12 months: held or not
        put(q, "M05", random, 25, 0, 260);   // volunteer hours
        put(q, "M06", random, 15, 0, 7);     // blood donations
        put(q, "HS03", random, 85, 0, 120);  // months registered in Haishu
        put(q, "HS06", random, 70, 0, 1);    // full vaccination course: held or not
        put(q, "HS07", random, 20, 0, 110);  // library loans
        return q;
    }

    private static void put(Map<IndicatorCode, BigDecimal> q, String code, SplittableRandom random, int percent,
            int min, int max) {
        int draw = random.nextInt(100);
        int amount = min + random.nextInt(max - min + 1);
        if (draw < percent) {
            q.put(IndicatorCode.of(code), BigDecimal.valueOf(amount));
        }
    }

    /** Half a year to a year earlier: twelve months fewer where counted in months, a little less elsewhere. */
    private static Map<IndicatorCode, BigDecimal> earlier(Map<IndicatorCode, BigDecimal> now, SplittableRandom random) {
        Map<IndicatorCode, BigDecimal> before = new LinkedHashMap<>();
        now.forEach((code, amount) -> {
            long value = amount.longValueExact();
            long earlier = switch (code.value()) {
                case "P04", "P05", "HS03" -> Math.max(0, value - 12);
                case "M02", "HS06" -> random.nextInt(4) == 0 ? 0 : value;
                default -> value * random.nextInt(101) / 100;
            };
            before.put(code, BigDecimal.valueOf(earlier));
        });
        return before;
    }
}
