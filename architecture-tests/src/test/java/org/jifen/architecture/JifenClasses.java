package org.jifen.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The classes the rules run over, imported once per root. */
final class JifenClasses {

    static final String REAL_ROOT = "org.jifen";
    static final String BAD_FIXTURE_ROOT = "org.jifen.archfixture.bad";
    static final String GOOD_FIXTURE_ROOT = "org.jifen.archfixture.good";

    /** A Maven test-jar ({@code jifen-application-…-tests.jar}): contract tests and fakes, not product code. */
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

    private static final Map<String, JavaClasses> CACHE = new ConcurrentHashMap<>();

    private JifenClasses() {}

    /**
     * The product's main classes: everything under {@code org.jifen} from the module jars (domain,
     * application, adapters, bootstrap, and any package that should not exist), without test
     * classes, test-jars, or this module's own fixtures and rules.
     */
    static JavaClasses real() {
        return CACHE.computeIfAbsent(REAL_ROOT, root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .withImportOption(location -> !location.contains("/org/jifen/archfixture/")
                        && !location.contains("/org/jifen/architecture/"))
                .importPackages(root));
    }

    /** A fixture of this module's test sources: all classes under the fixture root. */
    static JavaClasses fixture(String root) {
        return CACHE.computeIfAbsent(root, r -> new ClassFileImporter().importPackages(r));
    }
}
