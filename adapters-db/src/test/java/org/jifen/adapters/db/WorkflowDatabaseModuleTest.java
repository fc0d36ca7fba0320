package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.EntitlementBuilder.anEntitlement;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.LocalDate;
import org.jifen.adapters.db.appeal.JdbiAppealRepository;
import org.jifen.adapters.db.application.JdbiPointsApplicationRepository;
import org.jifen.adapters.db.audit.JdbiAuditLog;
import org.jifen.adapters.db.calendar.JdbiWorkingCalendarRepository;
import org.jifen.adapters.db.credit.JdbiCreditOutbox;
import org.jifen.adapters.db.entitlement.JdbiEntitlementRepository;
import org.jifen.adapters.db.programme.JdbiProgrammeRepository;
import org.jifen.adapters.db.programme.JdbiRoundRepository;
import org.jifen.application.TestCallers;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.entitlement.Entitlement;
import org.junit.jupiter.api.Test;

class WorkflowDatabaseModuleTest {

    @Test
    void theModuleBindsEveryWorkflowPort_andTheCreditPortToTheOneOutbox() {
        Injector injector = Guice.createInjector(new DatabaseModule(
                DatabaseConfig.of("jdbc:h2:mem:workflow-module-test").withPersonalDataKey(TestDatabase.KEY)));
        try (JifenDatabase database = injector.getInstance(JifenDatabase.class)) {
            assertThat(injector.getInstance(PointsApplicationRepository.class))
                    .isInstanceOf(JdbiPointsApplicationRepository.class);
            assertThat(injector.getInstance(AppealRepository.class)).isInstanceOf(JdbiAppealRepository.class);
            assertThat(injector.getInstance(AuditLog.class)).isInstanceOf(JdbiAuditLog.class)
                    .isSameAs(injector.getInstance(AuditLog.class));
            assertThat(injector.getInstance(WorkingCalendarRepository.class))
                    .isInstanceOf(JdbiWorkingCalendarRepository.class);
            assertThat(injector.getInstance(ProgrammeRepository.class)).isInstanceOf(JdbiProgrammeRepository.class);
            assertThat(injector.getInstance(RoundRepository.class)).isInstanceOf(JdbiRoundRepository.class);
            assertThat(injector.getInstance(org.jifen.application.port.out.shared.IdempotencyRecords.class))
                    .isInstanceOf(org.jifen.adapters.db.shared.JdbiIdempotencyRecords.class);
            assertThat(injector.getInstance(CreditSystemPort.class)).isInstanceOf(JdbiCreditOutbox.class)
                    .isSameAs(injector.getInstance(JdbiCreditOutbox.class));

            TransactionRunner transactions = injector.getInstance(TransactionRunner.class);
            EntitlementRepository entitlements = injector.getInstance(EntitlementRepository.class);
            assertThat(entitlements).isInstanceOf(JdbiEntitlementRepository.class);
            AuditTrail trail = new AuditTrail(injector.getInstance(AuditLog.class),
                    SettableClock.at(LocalDate.of(2024, 7, 1)));
            Entitlement granted = anEntitlement().build();
            transactions.run(() -> {
                entitlements.add(granted);
                trail.record(TestCallers.ADMIN, AuditAction.ROUND_RUN, "RND-000001", "1 entitlement granted");
            });

            assertThat(entitlements.find(granted.id())).contains(granted);
            assertThat(injector.getInstance(AuditLog.class).all()).hasSize(1);
            assertThat(database.transactions()).isSameAs(transactions);
        }
    }
}
