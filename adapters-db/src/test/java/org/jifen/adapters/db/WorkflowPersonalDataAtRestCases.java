package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.EntitlementBuilder.anEntitlement;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jifen.adapters.db.credit.JdbiCreditOutbox;
import org.jifen.adapters.db.entitlement.JdbiEntitlementRepository;
import org.jifen.adapters.db.programme.JdbiRoundRepository;
import org.jifen.application.TestProgrammes;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.junit.jupiter.api.Test;

/**
 * What the workflow tables that hold full ID numbers keep at rest, read with plain JDBC as anyone with
 * access to the database (or a backup) would: entitlements, round candidates and result lines, and the
 * credit outbox hold the numbers only encrypted — no number in plain text or a plain encoding, no run of
 * eleven or more digits outside a keyed hash. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class WorkflowPersonalDataAtRestCases {

    private static final String ID_NUMBER_PATTERN = "\\d{11,}";

    protected abstract TestDatabase db();

    private List<Map<String, String>> rawRows(String table) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnName(column).toLowerCase(Locale.ROOT), result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> variants(List<IdNumber> numbers) {
        List<String> variants = new ArrayList<>();
        for (IdNumber number : numbers) {
            String secret = number.value();
            variants.add(secret);
            variants.add(secret.substring(0, secret.length() - 1));
            variants.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            variants.add(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
        return variants;
    }

    @Test
    void entitlementRoundAndOutboxTables_holdNoIdNumberInPlainTextOrPlainEncoding() throws Exception {
        IdNumber parent = TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 123);
        Entitlement entitlement = anEntitlement().build();
        Round round = TestProgrammes.aSchoolRound("RND-000001", Instant.parse("2024-07-01T02:00:00Z"));
        BadCreditRecord record = new BadCreditRecord(parent, "张伟", "海公(刑)字2024第001号", "伪造社保缴费证明",
                "admin-zj", Instant.parse("2024-10-15T02:00:00Z"));
        JdbiEntitlementRepository entitlements = new JdbiEntitlementRepository(db().database());
        JdbiRoundRepository rounds = new JdbiRoundRepository(db().database());
        JdbiCreditOutbox outbox = new JdbiCreditOutbox(db().database());
        entitlements.add(entitlement);
        rounds.add(round);
        outbox.recordBadCredit(record);

        List<IdNumber> numbers = new ArrayList<>(List.of(parent, entitlement.beneficiary()));
        round.candidates().stream().map(RoundCandidate::beneficiary).forEach(b -> numbers.add(b.idNumber()));
        List<String> secrets = variants(numbers);
        Map<String, String> cipherColumns = Map.of("entitlement", "beneficiary_id_number_cipher", "round_candidate",
                "beneficiary_id_number_cipher", "round_result", "beneficiary_id_number_cipher", "credit_outbox",
                "id_number_cipher");
        Map<String, Integer> expectedRows = Map.of("entitlement", 1, "round_candidate", 3, "round_result", 3,
                "credit_outbox", 1);
        for (Map.Entry<String, String> table : cipherColumns.entrySet()) {
            List<Map<String, String>> rows = rawRows(table.getKey());
            assertThat(rows).as(table.getKey()).hasSize(expectedRows.get(table.getKey()));
            for (Map<String, String> row : rows) {
                assertThat(row.get(table.getValue())).as(table.getKey() + "." + table.getValue()).isNotBlank();
                row.forEach((column, value) -> {
                    if (value == null) {
                        return;
                    }
                    for (String secret : secrets) {
                        assertThat(value).as(table.getKey() + "." + column).doesNotContainIgnoringCase(secret);
                    }
                    if (!column.endsWith("_hash")) {
                        assertThat(value).as(table.getKey() + "." + column + " holds no run of 11 or more digits")
                                .doesNotContainPattern(ID_NUMBER_PATTERN);
                    }
                });
            }
        }
        assertThat(rawRows("credit_outbox").get(0).get("id_number_hash"))
                .isEqualTo(db().database().personalData().lookupHash(parent.value()));

        assertThat(entitlements.find(entitlement.id())).contains(entitlement);
        assertThat(rounds.find(round.id())).contains(round);
        assertThat(outbox.records()).containsExactly(record);
    }

    @Test
    void aCiphertextCopiedToAnotherRow_doesNotDecrypt() throws Exception {
        JdbiEntitlementRepository entitlements = new JdbiEntitlementRepository(db().database());
        Entitlement first = anEntitlement().withId("ENT-000001").build();
        Entitlement second = anEntitlement().withId("ENT-000002")
                .forBeneficiary(TestIdNumbers.idNumber("330203", LocalDate.of(2017, 5, 5), 88), "王小红").build();
        entitlements.add(first);
        entitlements.add(second);

        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE entitlement SET beneficiary_id_number_cipher = (SELECT beneficiary_id_number_cipher
                        FROM entitlement WHERE entitlement_id = 'ENT-000001') WHERE entitlement_id = 'ENT-000002'
                    """);
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entitlements.find(second.id()))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
        assertThat(entitlements.find(first.id())).contains(first);
    }
}
