package org.jifen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@link JifenArchitecture} over Jifen's own main classes. */
class RealCodeArchitectureTest {

    private static final JavaClasses REAL = JifenClasses.real();

    @ParameterizedTest(name = "{0}")
    @EnumSource(JifenRule.class)
    void realCode_followsRule(JifenRule rule) {
        rule.forRoot(JifenClasses.REAL_ROOT).check(REAL);
    }

    @ParameterizedTest(name = "imports main classes of {0}")
    @ValueSource(strings = {
        "org.jifen.domain",
        "org.jifen.application.port.in",
        "org.jifen.application.port.out",
        "org.jifen.application.service",
        "org.jifen.adapters.cli",
        "org.jifen.adapters.db",
        "org.jifen.adapters.rest",
        "org.jifen.bootstrap"
    })
    void realImport_containsEveryModulesMainClasses(String pkg) {
        assertThat(REAL.stream().map(JavaClass::getPackageName))
                .as("main classes under %s", pkg)
                .anyMatch(name -> name.equals(pkg) || name.startsWith(pkg + "."));
    }

    @Test
    void realImport_leavesOutFixturesRulesAndTests() {
        assertThat(REAL.stream().map(JavaClass::getName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("org.jifen.archfixture."))
                .noneMatch(name -> name.startsWith("org.jifen.architecture."));
        assertThat(REAL.stream().map(type -> type.getSource().map(source -> source.getUri().toString()).orElse("")))
                .noneMatch(uri -> uri.contains("/test-classes/"))
                .noneMatch(uri -> uri.matches(".*-tests\\.jar!?/.*"));
    }
}
