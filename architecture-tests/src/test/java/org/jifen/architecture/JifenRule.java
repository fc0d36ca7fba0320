package org.jifen.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/**
 * Every architecture rule of {@code STYLE.md}, by name. Each constant builds its rule for a root
 * package; {@code BadFixtureArchitectureTest} proves each one fails on a deliberately bad fixture.
 */
public enum JifenRule {
    RINGS(JifenArchitecture::rings),
    NOTHING_DEPENDS_ON_BOOTSTRAP(JifenArchitecture::nothingDependsOnBootstrap),
    DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JDK_BASICS(JifenArchitecture::domainDependsOnlyOnItselfAndJdkBasics),
    APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK(JifenArchitecture::applicationDependsOnlyOnDomainAndJdk),
    NO_FRAMEWORK_ANNOTATIONS_IN_DOMAIN_OR_APPLICATION(JifenArchitecture::noFrameworkAnnotationsInDomainOrApplication),
    PORT_IN_INTERFACES_ARE_USE_CASES(JifenArchitecture::portInInterfacesAreUseCases),
    USE_CASES_ARE_INTERFACES_IN_PORT_IN(JifenArchitecture::useCasesAreInterfacesInPortIn),
    PORT_OUT_HOLDS_INTERFACES(JifenArchitecture::portOutHoldsInterfaces),
    SERVICES_ARE_NAMED_SERVICE(JifenArchitecture::servicesAreNamedService),
    SERVICES_IMPLEMENT_EXACTLY_ONE_USE_CASE(JifenArchitecture::servicesImplementExactlyOneUseCase),
    NO_IMPL_SUFFIX(JifenArchitecture::noImplSuffix),
    NO_VAGUE_NAMES(JifenArchitecture::noVagueNames),
    NO_I_PREFIXED_INTERFACES(JifenArchitecture::noIPrefixedInterfaces),
    JDBI_ONLY_IN_DB_ADAPTER(JifenArchitecture::jdbiOnlyInDbAdapter),
    FLYWAY_ONLY_IN_DB_ADAPTER(JifenArchitecture::flywayOnlyInDbAdapter),
    SPARK_ONLY_IN_REST_ADAPTER(JifenArchitecture::sparkOnlyInRestAdapter),
    PICOCLI_ONLY_IN_CLI_ADAPTER(JifenArchitecture::picocliOnlyInCliAdapter),
    GUICE_ONLY_IN_ADAPTERS_AND_BOOTSTRAP(JifenArchitecture::guiceOnlyInAdaptersAndBootstrap),
    JACKSON_ONLY_IN_ADAPTERS(JifenArchitecture::jacksonOnlyInAdapters),
    ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER(JifenArchitecture::adaptersDoNotDependOnEachOther),
    NO_CYCLES_BETWEEN_DOMAIN_AREAS(JifenArchitecture::noCyclesBetweenDomainAreas),
    NO_FLOATING_POINT_IN_DOMAIN(JifenArchitecture::noFloatingPointInDomain),
    DOMAIN_AND_APPLICATION_DO_NOT_READ_THE_CLOCK(JifenArchitecture::domainAndApplicationDoNotReadTheClock),
    DOMAIN_USES_NO_RANDOMNESS(JifenArchitecture::domainUsesNoRandomness);

    private final Function<String, ArchRule> factory;

    JifenRule(Function<String, ArchRule> factory) {
        this.factory = factory;
    }

    /** This rule for the classes under {@code root} (e.g. {@code "org.jifen"}). */
    public ArchRule forRoot(String root) {
        return factory.apply(root);
    }
}
