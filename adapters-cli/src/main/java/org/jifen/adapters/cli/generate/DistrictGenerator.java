package org.jifen.adapters.cli.generate;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.person.IdNumber;

/**
 * A deterministic synthetic district (合成数据) for the demo, tests and benchmarks: people holding synthetic
 * ID numbers (valid GB 11643 check characters, birth dates, region codes of Zhejiang and of the provinces
 * migrants come from; unique within a run) with Chinese names, phones and residence permits (mostly valid
 * and issued in the district; some expired, some issued elsewhere in Zhejiang or outside it; a few living
 * in another Ningbo district), households (spouses, children of school age), system data for the
 * {@code AUTO} indicators of the default catalogue, claims for the evidence indicators, and the
 * candidates of a school round with its programme file.
 *
 * <p>The same settings give byte-identical files: one {@link SplittableRandom} seeded with the seed drives
 * everything in a fixed order, dates are relative to {@code asOf} (never today), and the files are
 * written streaming (one pass, no person kept in memory beyond a counter table of 3 MB for unique ID
 * numbers). Files: {@value #PERSONS}, {@value #HOUSEHOLDS}, {@value #SYSTEM_DATA}, {@value #CLAIMS},
 * {@value #CANDIDATES}, {@value #PROGRAMME}.
 */
public final class DistrictGenerator {

    public static final String PERSONS = "persons.csv";
    public static final String HOUSEHOLDS = "households.csv";
    public static final String SYSTEM_DATA = "system-data.csv";
    public static final String CLAIMS = "claims.csv";
    public static final String CANDIDATES = "candidates.csv";
    public static final String PROGRAMME = "programme.yaml";

    /** Header of the claims file (for embedders and the demo; INTERFACES.md has no claims import). */
    public static final List<String> CLAIMS_HEADER = List.of("id_number", "indicator", "level", "evidence");

    /** The settings: district (Haishu by default), how many people, the seed, and the date data is as of. */
    public record Settings(DivisionCode district, int people, long seed, LocalDate asOf) {

        public Settings {
            Objects.requireNonNull(district, "district");
            Objects.requireNonNull(asOf, "asOf");
            if (district.level() != DivisionLevel.DISTRICT) {
                throw new IllegalArgumentException("a district is needed, not " + district);
            }
            if (people < 1) {
                throw new IllegalArgumentException("at least one person");
            }
        }

        /** Haishu, data as of 31 August 2025. */
        public static Settings haishu(int people, long seed) {
            return new Settings(DivisionCode.of("330203"), people, seed, LocalDate.of(2025, 8, 31));
        }
    }

    /** Where migrants' ID numbers were issued: Zhejiang and the main provinces of origin. */
    private static final String[] REGIONS = {"330203", "330212", "330106", "330382", "331002", "330724",
            "510102", "510722", "500101", "410304", "411302", "420102", "421023", "340104", "341221", "360102",
            "362202", "430102", "431021", "450102", "452601", "520102", "522101", "530102", "610102", "622301",
            "350102", "370102", "130102", "230102"};
    /** How often each region is drawn, in the order above (Zhejiang about a fifth). */
    private static final int[] REGION_WEIGHTS = {4, 2, 2, 4, 3, 3, 9, 7, 8, 8, 6, 6, 5, 7, 6, 5, 4, 5, 4, 4, 3, 5,
            4, 3, 2, 2, 3, 2, 1, 1};
    private static final int REGION_TOTAL = java.util.Arrays.stream(REGION_WEIGHTS).sum();
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int DAYS = 100 * 366;
    private static final String[] OTHER_NINGBO = {"330205", "330206", "330211", "330212", "330213"};
    private static final String[] OTHER_ZHEJIANG_ISSUERS = {"330212", "330106", "330108", "330205"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "133", "135", "136", "137", "138", "139", "150",
            "151", "152", "155", "157", "158", "159", "166", "177", "180", "186", "187", "188", "189", "199"};
    private static final String[] SCHOOLS = {"XUEFU", "ZHONGSHAN", "GULOU", "YUEHU", "BAIYUN", "WANGCHUN"};
    private static final String[] EDUCATION = {"JUNIOR_HIGH", "SENIOR_HIGH", "SENIOR_HIGH", "ASSOCIATE",
            "ASSOCIATE", "BACHELOR", "BACHELOR", "MASTER"};
    private static final String[] HOUSING = {"EMPLOYER_DORMITORY", "REGISTERED_RENTAL", "REGISTERED_RENTAL",
            "PUBLIC_RENTAL", "OWN_HOME"};
    private static final String[] SKILLS = {"SKILL_5", "SKILL_4", "SKILL_3", "TITLE_JUNIOR", "SKILL_2",
            "TITLE_INTERMEDIATE"};

    private final Settings settings;
    /** The regions ID numbers come from: the list above, and the district itself (children born there). */
    private final List<String> regions;
    private final short[] sequences;

    public DistrictGenerator(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        List<String> all = new java.util.ArrayList<>(List.of(REGIONS));
        if (!all.contains(settings.district().value())) {
            all.add(settings.district().value());
        }
        this.regions = List.copyOf(all);
        this.sequences = new short[regions.size() * DAYS];
    }

    /** Writes the files into {@code directory} (created when missing); {@code progress} hears each person. */
    public GeneratedDistrict writeTo(Path directory, LongConsumer progress) {
        try {
            Files.createDirectories(directory);
            try (Output out = new Output(directory)) {
                SplittableRandom random = new SplittableRandom(settings.seed());
                for (int i = 0; i < settings.people(); i++) {
                    person(random, i, out);
                    progress.accept(1);
                }
                out.close();
                Files.writeString(directory.resolve(PROGRAMME), programmeYaml(out.candidates), StandardCharsets.UTF_8);
                return new GeneratedDistrict(directory, out.persons(), out.members, out.systemData, out.claims,
                        out.candidates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic district to " + directory, e);
        }
    }

    // ---------------------------------------------------------------- one person and their household

    private void person(SplittableRandom random, int index, Output out) throws IOException {
        LocalDate asOf = settings.asOf();
        int age = adultAge(random);
        LocalDate birth = asOf.minusYears(age).minusDays(random.nextInt(365));
        String region = region(random);
        String idNumber = idNumber(region, birth);
        boolean male = isMale(idNumber);
        String name = SyntheticNames.surname(random) + SyntheticNames.given(random, male);
        String phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format(java.util.Locale.ROOT, "%08d", random.nextInt(100_000_000));

        // where the residence is registered: mostly the district, some elsewhere in Ningbo
        boolean resident = random.nextInt(100) < 93;
        String residence = resident ? settings.district().value() : OTHER_NINGBO[random.nextInt(OTHER_NINGBO.length)];
        if (residence.equals(settings.district().value()) && !resident) {
            residence = "330213".equals(residence) ? "330205" : "330213";
        }
        // the permit: mostly valid and issued where they live; some expired, some issued elsewhere, a few none
        int permitKind = random.nextInt(100);
        String permitIssuer = permitKind < 4 ? OTHER_ZHEJIANG_ISSUERS[random.nextInt(OTHER_ZHEJIANG_ISSUERS.length)]
                : permitKind < 6 ? "320000" : residence;
        LocalDate validFrom = asOf.minusDays(30 + random.nextInt(3 * 365));
        LocalDate validTo = permitKind >= 6 && permitKind < 14 ? asOf.minusDays(1 + random.nextInt(300))
                : validFrom.plusYears(3).minusDays(1);
        if (validTo.isBefore(validFrom)) {
            validFrom = validTo.minusYears(3).plusDays(1);
        }
        boolean noPermit = permitKind >= 98;
        String permitNumber = noPermit ? "" : "ZJ" + permitIssuer + "-" + (validFrom.getYear()) + "-"
                + String.format(java.util.Locale.ROOT, "%07d", index + 1);
        out.person(idNumber, name, phone, permitNumber, noPermit ? "" : permitIssuer,
                noPermit ? "" : validFrom.toString(), noPermit ? "" : validTo.toString(), residence);

        // months in Zhejiang, social insurance, district registration: correlated, bounded by the adult years
        int adultMonths = (age - 18) * 12;
        int residenceMonths = Math.min(adultMonths, 6 + (int) Math.abs(random.nextGaussian() * 48));
        int insuranceMonths = Math.min(residenceMonths, (int) (residenceMonths * (0.4 + 0.6 * random.nextDouble())));
        systemData(out, random, idNumber, residence, residenceMonths, insuranceMonths);
        claims(out, random, idNumber, residence);

        // the household: a spouse for most adults of 25 and over, children for many of them
        if (age >= 25 && random.nextInt(100) < 70) {
            LocalDate spouseBirth = birth.plusDays(random.nextInt(6 * 365) - 3 * 365);
            String spouse = idNumber(region(random), spouseBirth);
            String spouseName = SyntheticNames.surname(random) + SyntheticNames.given(random, isMale(spouse));
            out.member(idNumber, "SPOUSE", spouse, spouseName);
            int children = age >= 26 && age <= 50 ? random.nextInt(3) : 0;
            for (int c = 0; c < children; c++) {
                int childAge = 3 + random.nextInt(Math.min(13, age - 23));
                LocalDate childBirth = asOf.minusYears(childAge).minusDays(random.nextInt(365));
                String child = idNumber(random.nextBoolean() ? settings.district().value() : region, childBirth);
                String childName = name.substring(0, surnameLength(name)) + SyntheticNames.given(random, isMale(child));
                out.member(idNumber, "CHILD", child, childName);
                // children turning 6 by the cut-off date enter primary school: the round's candidates
                if (childAge == 6 && residence.equals(settings.district().value())) {
                    candidate(out, random, idNumber, child, childName);
                }
            }
        }
    }

    private void systemData(Output out, SplittableRandom random, String idNumber, String residence,
            int residenceMonths, int insuranceMonths) throws IOException {
        String asOf = settings.asOf().toString();
        out.systemData(idNumber, "P04", insuranceMonths, asOf);
        out.systemData(idNumber, "P05", residenceMonths, asOf);
        if (!DivisionCode.of(residence).city().value().equals("330200")) {
            return;
        }
        if (insuranceMonths >= 12) {
            out.systemData(idNumber, "M02", random.nextInt(100) < 80 ? 1 : 0, asOf);
        }
        if (random.nextInt(100) < 30) {
            out.systemData(idNumber, "M05", 4 + random.nextInt(240), asOf);
        }
        if (random.nextInt(100) < 12) {
            out.systemData(idNumber, "M06", 1 + random.nextInt(8), asOf);
        }
        if (!residence.equals("330203") || !settings.district().value().equals("330203")) {
            return;
        }
        out.systemData(idNumber, "HS03", Math.min(residenceMonths, (int) (residenceMonths * random.nextDouble()) + 3),
                asOf);
        out.systemData(idNumber, "HS06", random.nextInt(100) < 85 ? 1 : 0, asOf);
        if (random.nextInt(100) < 35) {
            out.systemData(idNumber, "HS07", 1 + random.nextInt(150), asOf);
        }
    }

    private void claims(Output out, SplittableRandom random, String idNumber, String residence) throws IOException {
        if (random.nextInt(100) < 45) {
            out.claim(idNumber, "P02", EDUCATION[random.nextInt(EDUCATION.length)], "evidence/" + idNumber.substring(0, 6)
                    + "/diploma.pdf");
        }
        if (random.nextInt(100) < 20) {
            out.claim(idNumber, "P03", SKILLS[random.nextInt(SKILLS.length)], "evidence/skill-certificate.pdf");
        }
        if (random.nextInt(100) < 60 && DivisionCode.of(residence).city().value().equals("330200")) {
            out.claim(idNumber, "M01", HOUSING[random.nextInt(HOUSING.length)], "evidence/residence.pdf");
        }
    }

    private void candidate(Output out, SplittableRandom random, String parent, String child, String childName)
            throws IOException {
        int first = random.nextInt(SCHOOLS.length);
        int wanted = 1 + random.nextInt(3);
        StringBuilder preferences = new StringBuilder();
        for (int k = 0; k < wanted; k++) {
            if (k > 0) {
                preferences.append(';');
            }
            preferences.append(school((first + k) % SCHOOLS.length));
        }
        String catchment = random.nextInt(100) < 40 ? school(first) : "";
        out.candidate(parent, child, childName, preferences.toString(), catchment);
    }

    private String school(int index) {
        return "S" + settings.district().value() + "-" + SCHOOLS[index];
    }

    private static int surnameLength(String name) {
        return name.startsWith("欧阳") || name.startsWith("司马") ? 2 : 1;
    }

    // ---------------------------------------------------------------- synthetic ID numbers

    private static int adultAge(SplittableRandom random) {
        // most migrants are of working age: 20–45 mainly, a tail to 60
        int age = 20 + (int) Math.abs(random.nextGaussian() * 12);
        return Math.min(age, 60);
    }

    private static String region(SplittableRandom random) {
        int pick = random.nextInt(REGION_TOTAL);
        for (int r = 0; r < REGIONS.length; r++) {
            pick -= REGION_WEIGHTS[r];
            if (pick < 0) {
                return REGIONS[r];
            }
        }
        return REGIONS[REGIONS.length - 1];
    }

    /**
     * A valid, unique synthetic ID number: the region, the birth date, a sequence number handed out per
     * (region, birth date) in a scrambled order, and the MOD 11-2 check character.
     */
    private String idNumber(String region, LocalDate birth) {
        int regionIndex = regions.indexOf(region);
        int day = (int) (birth.toEpochDay() - FIRST_BIRTH.toEpochDay());
        int slot = regionIndex * DAYS + day;
        int issued = sequences[slot]++;
        if (issued >= 999) {
            throw new IllegalStateException("more than 999 people of one region born on one day");
        }
        int sequence = (issued * 397 + 101) % 1000;
        String first17 = region + birth.toString().replace("-", "") + String.format(java.util.Locale.ROOT, "%03d",
                sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static boolean isMale(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1;
    }

    // ---------------------------------------------------------------- the programme

    private String programmeYaml(long candidates) {
        StringBuilder yaml = new StringBuilder();
        int seatsEach = (int) Math.max(1, candidates * 7 / 10 / SCHOOLS.length);
        yaml.append("# A synthetic school enrolment programme (义务教育积分入学), written by `jifen generate`.\n");
        yaml.append("code: ").append(programmeCode()).append('\n');
        yaml.append("kind: SCHOOL_ENROLMENT\n");
        yaml.append("name: 义务教育积分入学（合成数据）\n");
        yaml.append("district: \"").append(settings.district().value()).append("\"\n");
        yaml.append("cutoffDate: ").append(settings.asOf()).append('\n');
        yaml.append("minScore: \"20\"\n");
        yaml.append("excludeTrialRun: true\n");
        yaml.append("tieBreaks: [P04, P05, EARLIER_SUBMISSION]\n");
        yaml.append("places:\n");
        for (int s = 0; s < SCHOOLS.length; s++) {
            yaml.append("  ").append(school(s)).append(": ").append(seatsEach).append('\n');
        }
        return yaml.toString();
    }

    private String programmeCode() {
        return settings.district().value() + "-SCHOOL-" + settings.asOf().getYear();
    }

    // ---------------------------------------------------------------- streaming CSV output (Jackson CSV)

    /** The CSV files being written, each through a Jackson CSV generator, with their line counts. */
    private static final class Output implements AutoCloseable {

        private final CsvGenerator persons;
        private final CsvGenerator households;
        private final CsvGenerator systemDataFile;
        private final CsvGenerator claimsFile;
        private final CsvGenerator candidatesFile;
        private long personsCount;
        long persons() {
            return personsCount;
        }
        long members;
        long systemData;
        long claims;
        long candidates;

        Output(Path directory) throws IOException {
            CsvFactory factory = CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
            this.persons = open(factory, directory.resolve(PERSONS), CsvFormats.PERSONS);
            this.households = open(factory, directory.resolve(HOUSEHOLDS), CsvFormats.HOUSEHOLDS);
            this.systemDataFile = open(factory, directory.resolve(SYSTEM_DATA), CsvFormats.SYSTEM_DATA);
            this.claimsFile = open(factory, directory.resolve(CLAIMS), CLAIMS_HEADER);
            this.candidatesFile = open(factory, directory.resolve(CANDIDATES), CsvFormats.CANDIDATES);
        }

        private static CsvGenerator open(CsvFactory factory, Path file, List<String> header) throws IOException {
            Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            CsvGenerator generator = factory.createGenerator(writer);
            CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\n").setUseHeader(true);
            header.forEach(schema::addColumn);
            generator.setSchema(schema.build());
            return generator;
        }

        void person(String... cells) throws IOException {
            row(persons, cells);
            personsCount++;
        }

        void member(String applicant, String relation, String member, String name) throws IOException {
            row(households, applicant, relation, member, name);
            members++;
        }

        void systemData(String idNumber, String indicator, int quantity, String asOf) throws IOException {
            systemDataFile.writeStartArray();
            systemDataFile.writeString(idNumber);
            systemDataFile.writeString(indicator);
            systemDataFile.writeNumber(quantity);
            systemDataFile.writeString(asOf);
            systemDataFile.writeEndArray();
            systemData++;
        }

        void claim(String idNumber, String indicator, String level, String evidence) throws IOException {
            row(claimsFile, idNumber, indicator, level, evidence);
            claims++;
        }

        void candidate(String... cells) throws IOException {
            row(candidatesFile, cells);
            candidates++;
        }

        private static void row(CsvGenerator generator, String... cells) throws IOException {
            generator.writeStartArray();
            for (String cell : cells) {
                generator.writeString(cell);
            }
            generator.writeEndArray();
        }

        @Override
        public void close() throws IOException {
            for (CsvGenerator generator : List.of(persons, households, systemDataFile, claimsFile, candidatesFile)) {
                if (!generator.isClosed()) {
                    generator.close();
                }
            }
        }
    }
}
