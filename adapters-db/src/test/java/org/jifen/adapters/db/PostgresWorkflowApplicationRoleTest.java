package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.EntitlementBuilder.anEntitlement;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.adapters.db.appeal.JdbiAppealRepository;
import org.jifen.adapters.db.application.JdbiPointsApplicationRepository;
import org.jifen.adapters.db.audit.JdbiAuditLog;
import org.jifen.adapters.db.calendar.JdbiWorkingCalendarRepository;
import org.jifen.adapters.db.credit.JdbiCreditOutbox;
import org.jifen.adapters.db.entitlement.JdbiEntitlementRepository;
import org.jifen.adapters.db.programme.JdbiProgrammeRepository;
import org.jifen.adapters.db.programme.JdbiRoundRepository;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.TestProgrammes;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.out.application.StoredSubmission;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealDecision;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.programme.Round;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented grants (db/grants/postgresql-application-role.sql) are enough for every workflow
 * repository, and leave the application's role no way to change or remove an audit event, a programme
 * or a round.
 */
class PostgresWorkflowApplicationRoleTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final Instant AT = Instant.parse("2024-05-06T01:02:03.123456Z");

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Test
    void theApplicationRole_runsEveryWorkflowRepositoryButCannotChangeTheAppendOnlyTables() throws Exception {
        String schema = db.url().substring(db.url().lastIndexOf("currentSchema=") + "currentSchema=".length());
        String role = schema + "_wf" + ROLES.incrementAndGet();
        String grants;
        try (InputStream in = JifenDatabase.class.getResourceAsStream("/db/grants/postgresql-application-role.sql")) {
            grants = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${schema}", schema)
                    .replace("${role}", role);
        }
        try (Connection admin = DriverManager.getConnection(db.url()); Statement statement = admin.createStatement()) {
            try {
                statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app-secret'");
            } catch (SQLException e) {
                Assumptions.abort("this PostgreSQL does not let the tests create roles: " + e.getSQLState());
            }
            statement.execute(grants);
        }
        String appUrl = db.url().replaceFirst("user=[^&]*", "user=" + role) + "&password=app-secret";

        PointsApplication submitted = new PointsApplication(ApplicationId.of("APP-000001"), PersonId.of("person-0001"),
                TestData.HAISHU, Channel.APP, AT, LocalDate.of(2024, 5, 6),
                List.of(Claim.pending(TestPostings.ref("P02"), ScoringMethod.EVIDENCE, Department.EDUCATION,
                        new Facts.LevelHeld("BACHELOR"), List.of("diploma.pdf"))), List.of(), Optional.empty());
        PointsApplication published = new PointsApplication(submitted.id(), submitted.person(), submitted.district(),
                submitted.channel(), submitted.submittedAt(), submitted.submittedOn(), submitted.claims(), List.of(),
                Optional.of(new Publication(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 17), AT, "supervisor-hs")));
        Appeal filed = new Appeal(new AppealId("APL-000001"), submitted.id(), submitted.person(),
                List.of(IndicatorCode.of("P02")), "学历未计分", AT, LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 27),
                AppealStatus.FILED, Optional.empty());
        Appeal decided = filed.decide(new AppealDecision(AppealStatus.UPHELD,
                List.of(new org.jifen.domain.appeal.Correction(IndicatorCode.of("P02"), new Facts.LevelHeld("MASTER"))),
                "", "reviewer-hs-education", AT));
        Entitlement granted = anEntitlement().build();
        Entitlement revoked = granted.revoke(new Revocation("积分清零", "海公(刑)字2024第001号", "admin-zj", AT));
        Round round = TestProgrammes.aSchoolRound("RND-000001", AT);
        BadCreditRecord record = new BadCreditRecord(TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 123),
                "张伟", "海公(刑)字2024第001号", "伪造社保缴费证明", "admin-zj", AT);

        try (JifenDatabase app = JifenDatabase.open(DatabaseConfig.of(appUrl).withPersonalDataKey(TestDatabase.KEY))) {
            JdbiPointsApplicationRepository applications = new JdbiPointsApplicationRepository(app);
            JdbiAppealRepository appeals = new JdbiAppealRepository(app);
            JdbiAuditLog log = new JdbiAuditLog(app);
            JdbiWorkingCalendarRepository calendar = new JdbiWorkingCalendarRepository(app);
            JdbiEntitlementRepository entitlements = new JdbiEntitlementRepository(app);
            JdbiProgrammeRepository programmes = new JdbiProgrammeRepository(app);
            JdbiRoundRepository rounds = new JdbiRoundRepository(app);
            JdbiCreditOutbox outbox = new JdbiCreditOutbox(app);
            AuditTrail trail = new AuditTrail(log, SettableClock.at(LocalDate.of(2024, 5, 6)));

            app.transactions().run(() -> {
                applications.add(submitted, Optional.of(new StoredSubmission("key-1", "fp-1", submitted.id())));
                applications.update(published);
                appeals.add(filed);
                appeals.update(decided);
                trail.record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPEAL_DECIDED, "APL-000001", "UPHELD");
                calendar.put(TestCalendars.year2024());
                calendar.put(TestCalendars.year2024());
                entitlements.add(granted);
                entitlements.update(revoked);
                entitlements.addAll(List.of(anEntitlement().withId("ENT-000002").build()));
                programmes.add(TestProgrammes.school());
                rounds.add(round);
                outbox.recordBadCredit(record);
                outbox.recordBadCredit(record);
            });
            assertThat(outbox.markForwarded(outbox.pending().get(0).sequence(), AT)).isTrue();

            assertThat(applications.find(submitted.id())).contains(published);
            assertThat(appeals.find(filed.id())).contains(decided);
            assertThat(log.all()).hasSize(1);
            assertThat(calendar.calendar().years()).containsExactly(2024);
            assertThat(entitlements.find(granted.id())).contains(revoked);
            assertThat(programmes.find(TestProgrammes.school().code())).contains(TestProgrammes.school());
            assertThat(rounds.find(round.id())).contains(round);
            assertThat(outbox.records()).containsExactly(record);
            assertThat(outbox.pending()).isEmpty();
        }

        try (Connection connection = DriverManager.getConnection(appUrl); Statement statement = connection.createStatement()) {
            Map<String, String> appendOnly = Map.of("audit_event", "details", "programme", "name",
                    "programme_place", "seats", "allocation_round", "run_at", "round_candidate", "beneficiary_name",
                    "round_result", "score");
            for (Map.Entry<String, String> table : appendOnly.entrySet()) {
                String name = table.getKey();
                for (String change : List.of("UPDATE " + name + " SET " + table.getValue() + " = " + table.getValue(),
                        "DELETE FROM " + name, "TRUNCATE " + name)) {
                    assertThatThrownBy(() -> statement.execute(change)).as(change)
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).as("insufficient privilege").isEqualTo("42501"));
                }
            }
        }
        try (Connection admin = DriverManager.getConnection(db.url()); Statement statement = admin.createStatement()) {
            statement.execute("DROP OWNED BY " + role);
            statement.execute("DROP ROLE " + role);
        }
    }
}
