package org.jifen.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.generate.DistrictGenerator;
import org.jifen.adapters.cli.generate.GeneratedDistrict;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.application.port.in.systemdata.SystemDataLine;
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
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;

/**
 * The synthetic district every benchmark runs on (海曙 330203, the shipped default catalogue), made by
 * adapters-cli's synthetic district generator ({@link DistrictGenerator}, the one behind {@code jifen
 * generate}) and adapted here — the one place the benchmarks make people and facts.
 *
 * <p>Resident {@code i} is the {@code i}-th person of the generator's district (seed {@value #SEED}, data as
 * of {@link #ON}) whose residence is registered in Haishu; the generator draws its people one after the
 * other from one seeded random stream, so a district of more people begins with the same people, and
 * resident {@code i} is the same in every run and in every benchmark. From each person this takes the
 * synthetic ID number (valid check character, unique in the district, never a real person's), the name
 * and the system-data quantities of the default catalogue's {@code AUTO} indicators as the generator
 * wrote them to {@code persons.csv} and {@code system-data.csv}; phones, permits, households, claims and
 * round candidates are not used. The files are read back once and kept compactly (an ID number as a
 * number, the quantities as integers); a larger district is generated when a benchmark asks for a
 * resident beyond those loaded.
 *
 * <p>The generator writes the present only: it has no history. The two earlier half-yearly auto-scorings
 * already in the ledgers of 95 % of the residents (so a ledger holds about nine entries once scored on
 * {@link #ON}, as the ranking goal assumes) are derived here, deterministically from {@code i} and the
 * resident's present quantities: twelve months fewer where counted in months, a held condition absent a
 * quarter of the time, a random share of a count — then posted by the domain's {@link AutoScoring}.
 */
public final class Population {

    /** The district scored and ranked. */
    public static final DivisionCode DISTRICT = DivisionCode.of("330203");
    /** The scoring date of the benchmarks, when their entries are recorded, and the generator's as-of date. */
    public static final LocalDate ON = LocalDate.of(2024, 6, 30);
    public static final Instant NOW = Instant.parse("2024-07-01T01:00:00Z");
    /** The two prior half-yearly scorings already in the ledgers of 95 % of the residents. */
    public static final LocalDate FIRST_ON = LocalDate.of(2022, 12, 31);
    public static final Instant FIRST_NOW = Instant.parse("2023-01-01T01:00:00Z");
    public static final LocalDate PRIOR_ON = LocalDate.of(2023, 6, 30);
    public static final Instant PRIOR_NOW = Instant.parse("2023-07-01T01:00:00Z");
    /** The generator's seed: the benchmarks' district. */
    public static final long SEED = 20240630L;

    /** The system-data indicators the generator writes (the default catalogue's AUTO indicators but P01, read from the ID number). */
    private static final List<IndicatorCode> DATA = Stream.of("P04", "P05", "M02", "M05", "M06", "HS03", "HS06",
            "HS07").map(IndicatorCode::of).toList();
    private static final int ABSENT = -1;
    private static final int FIRST_GENERATION = 1_024;

    /** One resident: the person, the latest system-data quantity of each AUTO indicator with data, the ledger so far. */
    public record Resident(Person person, Map<IndicatorCode, BigDecimal> quantities, Ledger ledger) {

        public Resident {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(ledger, "ledger");
            quantities = Map.copyOf(quantities);
        }
    }

    /** The generator's Haishu residents, compactly: the first 17 digits of each ID number, the name, the quantities. */
    private record Loaded(int residents, long[] idDigits, String[] names, int[] quantities) {
    }

    private final List<Catalogue> catalogues;
    private final List<Catalogue> applicable;
    private final List<Catalogue> applicableBefore;
    private final List<Catalogue> applicableFirst;
    private volatile Loaded loaded = new Loaded(0, new long[0], new String[0], new int[0]);

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
        ensure(to);
        List<Resident> residents = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            residents.add(resident(i));
        }
        return residents;
    }

    /** Resident {@code i}, always the same. */
    public Resident resident(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("resident " + i + " is negative");
        }
        Loaded data = ensure(i + 1);
        String first17 = String.format("%017d", data.idDigits()[i]);
        IdNumber idNumber = IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
        Person person = new Person(personId(i), idNumber, data.names()[i], DISTRICT);
        Map<IndicatorCode, BigDecimal> now = new LinkedHashMap<>();
        for (int k = 0; k < DATA.size(); k++) {
            int quantity = data.quantities()[i * DATA.size() + k];
            if (quantity != ABSENT) {
                now.put(DATA.get(k), BigDecimal.valueOf(quantity));
            }
        }
        SplittableRandom random = new SplittableRandom(0x6A69_6665_6EL ^ (i * 0x9E37_79B9_7F4A_7C15L));
        Ledger ledger = Ledger.empty(person.id());
        if (random.nextInt(100) < 95) {
            Map<IndicatorCode, BigDecimal> before = earlier(now, random);
            Map<IndicatorCode, BigDecimal> first = earlier(before, random);
            ledger = AutoScoring.score(person, applicableFirst, first, ledger, FIRST_ON, FIRST_NOW).ledger();
            ledger = AutoScoring.score(person, applicableBefore, before, ledger, PRIOR_ON, PRIOR_NOW).ledger();
        }
        return new Resident(person, now, ledger);
    }

    /** At least {@code residents} residents loaded: a larger district generated and read when fewer are. */
    private Loaded ensure(int residents) {
        Loaded data = loaded;
        if (data.residents() >= residents) {
            return data;
        }
        synchronized (this) {
            data = loaded;
            int wanted = Math.max(residents, Math.max(FIRST_GENERATION, 2 * data.residents()));
            while (data.residents() < residents) {
                // about 93 % of the generator's people live in the district; ask for a few more than needed
                data = generate((int) Math.min(Integer.MAX_VALUE - 1L, wanted * 110L / 100 + 64));
                wanted = (int) Math.min(Integer.MAX_VALUE - 1L, wanted * 2L);
            }
            loaded = data;
            return data;
        }
    }

    /** Generates a district of {@code people} with the generator, reads back its Haishu residents and their system data. */
    private static Loaded generate(int people) {
        Path directory = TempFiles.directory("jifen-bench-district");
        try {
            GeneratedDistrict district = new DistrictGenerator(new DistrictGenerator.Settings(DISTRICT, people, SEED,
                    ON)).writeTo(directory, n -> { });
            long[] idDigits = new long[people];
            String[] names = new String[people];
            Map<String, Integer> index = new java.util.HashMap<>(people * 4 / 3 + 1);
            int[] count = {0};
            new CsvFile(district.personsFile(), CsvFormats.PERSONS).read(line -> {
                if (line.get("residence_district").equals(DISTRICT.value())) {
                    String idNumber = line.get("id_number");
                    idDigits[count[0]] = Long.parseLong(idNumber.substring(0, 17));
                    names[count[0]] = line.get("name");
                    index.put(idNumber, count[0]++);
                }
            });
            int residents = count[0];
            int[] quantities = new int[residents * DATA.size()];
            Arrays.fill(quantities, ABSENT);
            new CsvFile(district.systemDataFile(), CsvFormats.SYSTEM_DATA).read(line -> {
                Integer resident = index.get(line.get("id_number"));
                int k = DATA.indexOf(IndicatorCode.of(line.get("indicator")));
                if (resident != null && k >= 0) {
                    quantities[resident * DATA.size() + k] = Integer.parseInt(line.get("quantity"));
                }
            });
            return new Loaded(residents, Arrays.copyOf(idDigits, residents), Arrays.copyOf(names, residents),
                    quantities);
        } finally {
            TempFiles.deleteQuietly(directory);
        }
    }

    /**
     * A resident as the generator wrote them, for seeding a database through the use cases (the REST
     * benchmark): the registration (ID number, name, phone, residence permit, district) and the system-data
     * records. Resident {@code i}'s registration names the same ID number as {@link #resident(int)}.
     */
    public record Registered(PersonRegistration registration, List<SystemDataLine> systemData) {

        public Registered {
            Objects.requireNonNull(registration, "registration");
            systemData = List.copyOf(systemData);
        }
    }

    /**
     * Residents 0 to {@code count − 1} as registrations with their system data, read from a district
     * generated for the purpose (nothing of it is kept: the caller holds what it asked for).
     */
    public List<Registered> registrations(int count) {
        for (long people = count * 110L / 100 + 64; ; people *= 2) {
            List<Registered> found = registrations(count, (int) Math.min(Integer.MAX_VALUE - 1L, people));
            if (found.size() == count) {
                return found;
            }
        }
    }

    private static List<Registered> registrations(int count, int people) {
        Path directory = TempFiles.directory("jifen-bench-district");
        try {
            GeneratedDistrict district = new DistrictGenerator(new DistrictGenerator.Settings(DISTRICT, people, SEED,
                    ON)).writeTo(directory, n -> { });
            Map<String, PersonRegistration> persons = new LinkedHashMap<>();
            new CsvFile(district.personsFile(), CsvFormats.PERSONS).read(line -> {
                if (persons.size() < count && line.get("residence_district").equals(DISTRICT.value())) {
                    Optional<ResidencePermit> permit = line.get("permit_number").isEmpty() ? Optional.empty()
                            : Optional.of(new ResidencePermit(line.get("permit_number"),
                                    DivisionCode.of(line.get("permit_issuer")),
                                    LocalDate.parse(line.get("permit_valid_from")),
                                    LocalDate.parse(line.get("permit_valid_to"))));
                    persons.put(line.get("id_number"), new PersonRegistration(IdNumber.parse(line.get("id_number")),
                            line.get("name"), Optional.of(PhoneNumber.parse(line.get("phone"))), permit, DISTRICT));
                }
            });
            Map<String, List<SystemDataLine>> data = new java.util.HashMap<>();
            new CsvFile(district.systemDataFile(), CsvFormats.SYSTEM_DATA).read(line -> {
                PersonRegistration person = persons.get(line.get("id_number"));
                if (person != null) {
                    data.computeIfAbsent(line.get("id_number"), k -> new ArrayList<>()).add(new SystemDataLine(
                            person.idNumber(), IndicatorCode.of(line.get("indicator")),
                            new BigDecimal(line.get("quantity")), LocalDate.parse(line.get("as_of"))));
                }
            });
            List<Registered> registered = new ArrayList<>(persons.size());
            persons.forEach((idNumber, person) -> registered.add(new Registered(person,
                    data.getOrDefault(idNumber, List.of()))));
            return registered;
        } finally {
            TempFiles.deleteQuietly(directory);
        }
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
