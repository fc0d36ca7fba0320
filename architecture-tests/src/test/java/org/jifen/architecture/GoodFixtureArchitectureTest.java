package org.jifen.architecture;

import static org.jifen.architecture.JifenClasses.GOOD_FIXTURE_ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A miniature Jifen under {@code org.jifen.archfixture.good} that does everything right (records,
 * sealed types, enums beside port interfaces, package-info files, nested records and method
 * references in a service, Guice in adapters and bootstrap, JDBI/Flyway/Spark/picocli each in its
 * adapter) passes every rule: the rules are not stricter than STYLE.md.
 */
class GoodFixtureArchitectureTest {

    private static final JavaClasses GOOD = JifenClasses.fixture(GOOD_FIXTURE_ROOT);

    @ParameterizedTest(name = "{0}")
    @EnumSource(JifenRule.class)
    void goodFixture_followsRule(JifenRule rule) {
        rule.forRoot(GOOD_FIXTURE_ROOT).check(GOOD);
    }
}
