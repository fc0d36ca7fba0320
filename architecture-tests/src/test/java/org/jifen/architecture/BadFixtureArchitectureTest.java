package org.jifen.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.architecture.JifenClasses.BAD_FIXTURE_ROOT;
import static org.jifen.architecture.JifenRule.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule run against the deliberately bad fixture under {@code org.jifen.archfixture.bad} must
 * fail, and must name the classes planted to break it: no rule can pass vacuously.
 */
class BadFixtureArchitectureTest {

    private static final JavaClasses BAD = JifenClasses.fixture(BAD_FIXTURE_ROOT);

    static Stream<Arguments> rulesAndTheirOffenders() {
        return Stream.of(
                offenders(RINGS,
                        "domain.ledger.RingBreakingEntry", "application.memory.CliBackedStore",
                        "adapters.rest.ledger.LedgerRoutes", "stray.LooseEnd"),
                offenders(NOTHING_DEPENDS_ON_BOOTSTRAP,
                        "adapters.cli.ledger.RestartCliCommand"),
                offenders(DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JDK_BASICS,
                        "domain.catalogue.CatalogueLoader", "domain.person.JsonPerson", "domain.person.PersonModule"),
                offenders(APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK,
                        "application.port.out.ledger.JdbiBackedLedgerStore", "application.memory.JsonSnapshotStore",
                        "application.service.person.RegisterPersonService"),
                offenders(NO_FRAMEWORK_ANNOTATIONS_IN_DOMAIN_OR_APPLICATION,
                        "domain.person.JsonPerson", "application.service.person.RegisterPersonService"),
                offenders(PORT_IN_INTERFACES_ARE_USE_CASES,
                        "application.port.in.ledger.LedgerFacade"),
                offenders(USE_CASES_ARE_INTERFACES_IN_PORT_IN,
                        "application.service.ledger.ScorePersonUseCase", "application.port.in.ledger.RecordFactsUseCase"),
                offenders(PORT_OUT_HOLDS_INTERFACES,
                        "application.port.out.ledger.LedgerStore"),
                offenders(SERVICES_ARE_NAMED_SERVICE,
                        "application.service.ledger.PointsCalculator"),
                offenders(SERVICES_IMPLEMENT_EXACTLY_ONE_USE_CASE,
                        "application.service.ledger.OrphanService", "application.service.ledger.TwoJobsService"),
                offenders(NO_IMPL_SUFFIX,
                        "application.memory.LedgerRepositoryImpl"),
                offenders(NO_VAGUE_NAMES,
                        "domain.shared.PointsUtil", "application.memory.StoreHelper",
                        "adapters.cli.ledger.CommandManager", "adapters.cli.ledger.ParsingUtils"),
                offenders(NO_I_PREFIXED_INTERFACES,
                        "application.port.out.ledger.ILedgerRepository"),
                offenders(JDBI_ONLY_IN_DB_ADAPTER,
                        "adapters.rest.ledger.DirectSqlRoutes", "application.port.out.ledger.JdbiBackedLedgerStore"),
                offenders(FLYWAY_ONLY_IN_DB_ADAPTER,
                        "adapters.cli.ledger.MigrateCliCommand"),
                offenders(SPARK_ONLY_IN_REST_ADAPTER,
                        "adapters.cli.ledger.ServeCliCommand"),
                offenders(PICOCLI_ONLY_IN_CLI_ADAPTER,
                        "adapters.rest.ledger.ServerOptions"),
                offenders(GUICE_ONLY_IN_ADAPTERS_AND_BOOTSTRAP,
                        "domain.person.PersonModule", "application.service.person.RegisterPersonService"),
                offenders(JACKSON_ONLY_IN_ADAPTERS,
                        "application.memory.JsonSnapshotStore", "domain.person.JsonPerson"),
                offenders(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                        "adapters.rest.ledger.LedgerRoutes"),
                offenders(NO_CYCLES_BETWEEN_DOMAIN_AREAS,
                        "domain.appeal.Appeal", "domain.review.Review"),
                offenders(NO_FLOATING_POINT_IN_DOMAIN,
                        "domain.shared.DoublePoints", "domain.shared.RateTable", "domain.shared.Discount",
                        "domain.shared.WeightedScores", "domain.shared.HalfRounder"),
                offenders(DOMAIN_AND_APPLICATION_DO_NOT_READ_THE_CLOCK,
                        "domain.ledger.StampedEntry", "domain.ledger.TodayPolicy", "domain.ledger.MillisStamp",
                        "application.memory.SystemClockAdapter"),
                offenders(DOMAIN_USES_NO_RANDOMNESS,
                        "domain.ledger.Lottery", "domain.ledger.RandomEntryIds"));
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("rulesAndTheirOffenders")
    void rule_failsOnTheBadFixture_namingEachOffender(JifenRule rule, List<String> offenders) {
        assertThatThrownBy(() -> rule.forRoot(BAD_FIXTURE_ROOT).check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("because")
                .message()
                .contains(offenders);
    }

    @Test
    void everyRule_isProvenByTheBadFixture() {
        assertThat(rulesAndTheirOffenders().map(arguments -> (JifenRule) arguments.get()[0]))
                .containsExactlyInAnyOrder(JifenRule.values());
    }

    @Test
    void everyOffender_existsInTheBadFixture() {
        List<String> imported = BAD.stream().map(type -> type.getName()).toList();
        assertThat(rulesAndTheirOffenders().flatMap(arguments -> ((List<?>) arguments.get()[1]).stream()))
                .allSatisfy(offender -> assertThat(imported).contains((String) offender));
    }

    /** A misspelt or renamed root must not turn a rule into a no-op: it fails instead of passing. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(JifenRule.class)
    void rule_failsWhenItsRootMatchesNothing(JifenRule rule) {
        JavaClasses good = JifenClasses.fixture(JifenClasses.GOOD_FIXTURE_ROOT);
        assertThatThrownBy(() -> rule.forRoot("org.jifen.archfixture.nosuch").check(good))
                .isInstanceOf(AssertionError.class);
    }

    private static Arguments offenders(JifenRule rule, String... relativeNames) {
        return arguments(rule, Arrays.stream(relativeNames).map(name -> BAD_FIXTURE_ROOT + "." + name).toList());
    }
}
