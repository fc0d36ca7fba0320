package org.jifen.adapters.db.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.PersonBuilder.aPerson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.adapters.db.CipherAlgorithm;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;

/**
 * What the person tables hold, read with plain JDBC as anyone with access to the database (or a
 * backup of it) would: no ID number or phone in plain text anywhere, and lookup hashes that are keyed
 * (not a plain SHA-256 anyone can compute). Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PersonalDataAtRestCases {

    private static final String ID_NUMBER_PATTERN = "\\d{11,}";

    /** The test's database. */
    protected abstract TestDatabase db();

    private static Person withEverything() {
        return aPerson().withId("person-0001").named("欧阳娜娜").bornOn(LocalDate.of(1996, 2, 29)).livingIn("330212")
                .withPhone("13812345678")
                .withPermit(new ResidencePermit("ZJ-330212-2023-0042", DivisionCode.of("330212"),
                        LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)))
                .withHouseholdMember(new HouseholdMember(Relation.SPOUSE,
                        TestIdNumbers.idNumber("510102", LocalDate.of(1994, 8, 8), 456), "李雷",
                        Optional.of(PersonId.of("person-0002"))))
                .withHouseholdMember(new HouseholdMember(Relation.CHILD,
                        TestIdNumbers.withCheck("330212", LocalDate.of(2019, 9, 1), 0, 'X').map(
                                org.jifen.domain.person.IdNumber::parse).orElseThrow(), "李小雨", Optional.empty()))
                .build();
    }

    /** Every value of every row of a table, by column name. */
    private List<Map<String, String>> rawRows(String table) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnName(column).toLowerCase(java.util.Locale.ROOT), result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> secretsOf(Person person) {
        List<String> secrets = new ArrayList<>();
        secrets.add(person.idNumber().value());
        person.phone().ifPresent(phone -> secrets.add(phone.value()));
        person.household().forEach(member -> secrets.add(member.idNumber().value()));
        List<String> variants = new ArrayList<>();
        for (String secret : secrets) {
            variants.add(secret);
            variants.add(secret.toLowerCase(java.util.Locale.ROOT));
            variants.add(secret.substring(0, secret.length() - 1)); // without its check character
            variants.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            variants.add(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
        return variants;
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRawTables_holdNoIdNumberOrPhoneInPlainTextOrPlainEncoding() throws Exception {
        Person person = withEverything();
        new JdbiPersonRepository(db().database()).add(person);

        List<Map<String, String>> persons = rawRows("person");
        List<Map<String, String>> members = rawRows("household_member");

        assertThat(persons).hasSize(1);
        assertThat(members).hasSize(2);
        List<String> secrets = secretsOf(person);
        for (Map<String, String> row : concat(persons, members)) {
            row.forEach((column, value) -> {
                if (value == null) {
                    return;
                }
                for (String secret : secrets) {
                    assertThat(value).as(column).doesNotContainIgnoringCase(secret);
                }
                if (!column.endsWith("_hash")) {
                    assertThat(value).as(column + " holds no run of 11 or more digits").doesNotContainPattern(ID_NUMBER_PATTERN);
                }
            });
        }
        assertThat(persons.get(0)).containsEntry("name", "欧阳娜娜").containsEntry("residence_district", "330212");
        assertThat(persons.get(0).get("id_number_cipher")).isNotBlank();
        assertThat(persons.get(0).get("phone_cipher")).isNotBlank();
    }

    @Test
    void lookupHashes_areKeyedNotAPlainDigestOfTheNumber() throws Exception {
        Person person = withEverything();
        new JdbiPersonRepository(db().database()).add(person);

        String stored = rawRows("person").get(0).get("id_number_hash");

        assertThat(stored).matches("[0-9a-f]{64}");
        assertThat(stored).isNotEqualTo(sha256(person.idNumber().value()));
        assertThat(stored).isEqualTo(db().database().personalData().lookupHash(person.idNumber().value()));
    }

    @Test
    void withSm4Configured_newValuesAreSm4CiphertextsAndOlderAesOnesStayReadable() throws Exception {
        Person earlier = aPerson().withId("person-0001").withPhone("13812345678").build();
        JdbiPersonRepository aes = new JdbiPersonRepository(db().database());
        aes.add(earlier);
        Person later = aPerson().withId("person-0002").withSequence(456).withPhone("13987654321").build();

        try (JifenDatabase sm4Database = JifenDatabase.open(DatabaseConfig.of(db().url())
                .withPersonalDataKey(TestDatabase.KEY).withCipher(CipherAlgorithm.SM4_GCM))) {
            JdbiPersonRepository sm4 = new JdbiPersonRepository(sm4Database);
            sm4.add(later);

            assertThat(sm4.find(earlier.id())).contains(earlier);
            assertThat(sm4.find(later.id())).contains(later);
        }

        assertThat(aes.find(later.id())).contains(later);
        Map<String, byte[]> cipherIds = new LinkedHashMap<>();
        for (Map<String, String> row : rawRows("person")) {
            cipherIds.put(row.get("person_id"), Base64.getDecoder().decode(row.get("id_number_cipher")));
        }
        assertThat(cipherIds.get("person-0001")[1]).as("AES-GCM").isEqualTo((byte) 1);
        assertThat(cipherIds.get("person-0002")[1]).as("SM4-GCM").isEqualTo((byte) 2);
    }

    private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
        List<Map<String, String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
