package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The production clock and id generator. */
class ProductionPortsTest {

    @Test
    void theSystemClock_isInAsiaShanghaiByDefault_andReadsTheMachinesTime() {
        SystemClock clock = SystemClock.configured(Optional.empty());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Instant now = clock.now();

        assertThat(clock.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(now).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.MICROS), Instant.now());
        assertThat(Duration.between(before, now)).isLessThan(Duration.ofMinutes(1));
        assertThat(SystemClock.configured(Optional.of("  "))).hasToString("SystemClock[Asia/Shanghai]");
    }

    @Test
    void theSystemClock_readsMicroseconds_thePrecisionTheDatabaseKeeps() {
        SystemClock clock = SystemClock.china();

        for (int i = 0; i < 1_000; i++) {
            assertThat(clock.now().getNano() % 1_000).isZero();
        }
    }

    @Test
    void theAuditChainWrittenOnTheSystemClock_verifiesAfterADatabaseRoundTrip() {
        org.jifen.adapters.db.DatabaseConfig config = org.jifen.adapters.db.DatabaseConfig
                .of("jdbc:h2:mem:clock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .withPersonalDataKey(org.jifen.adapters.db.TestDatabase.KEY);
        org.jifen.adapters.rest.shared.ApiServerConfig api = org.jifen.adapters.rest.shared.ApiServerConfig.defaults()
                .withHost("127.0.0.1").withPort(0).withStop(Duration.ofSeconds(5), false);
        try (JifenServer server = JifenServer.start(config, api, org.jifen.adapters.rest.shared.BearerTokens.of(
                java.util.Map.of()), SystemClock.china(), new RandomIdGenerator())) {
            for (int i = 0; i < 5; i++) {
                server.useCases().loadCalendar().load(new org.jifen.application.port.in.calendar.LoadCalendarCommand(
                        org.jifen.application.TestCallers.ADMIN, org.jifen.application.TestCalendars.years()));
            }

            org.jifen.application.port.in.audit.AuditVerification verified = server.useCases().verifyAuditChain()
                    .verify(org.jifen.application.TestCallers.AUDITOR);

            assertThat(verified.valid()).as(verified.toString()).isTrue();
            assertThat(verified.events()).isEqualTo(10); // one event a year loaded
        }
    }

    @Test
    void theZone_isConfigurable_andAnUnknownZoneIsRefused() {
        assertThat(SystemClock.configured(Optional.of("Asia/Urumqi")).zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThatThrownBy(() -> SystemClock.configured(Optional.of("Nowhere/City")))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TIME_ZONE"));
    }

    @Test
    void ids_carryThePrefixAndARandomUuid_andNeverRepeat() {
        RandomIdGenerator ids = new RandomIdGenerator();
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            String id = ids.next("APP");
            assertThat(id).matches("APP-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            seen.add(id);
        }

        assertThat(seen).hasSize(10_000);
        assertThat(ids.next("PER")).hasSize(40).startsWith("PER-");
    }

    @Test
    void aBadPrefix_isRefused() {
        RandomIdGenerator ids = new RandomIdGenerator();

        assertThatThrownBy(() -> ids.next("A-B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.next("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.next("X".repeat(27))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ids.next("X".repeat(26))).hasSize(63);
    }
}
