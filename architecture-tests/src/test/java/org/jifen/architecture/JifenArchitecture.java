package org.jifen.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture rules of {@code STYLE.md}, as factories parameterised by the root package.
 *
 * <p>Every rule is built from a root ({@code "org.jifen"} for the real code, {@code
 * "org.jifen.archfixture.bad"} / {@code "org.jifen.archfixture.good"} for the fixtures of this
 * module), so the very same rule object that guards the product is also shown to fail on a bad
 * fixture. Run a rule over the classes imported from that root only. {@link JifenRule} lists them
 * all.
 *
 * <p>Except for the rings (whose db and rest adapters do not exist yet), no rule allows an empty
 * selection: {@code archRule.failOnEmptyShould} stays on, so a rule pointed at a package that does
 * not exist fails instead of passing silently.
 */
public final class JifenArchitecture {

    /** The packages the domain may use besides itself: an allow-list, not a deny-list. */
    static final String[] DOMAIN_JDK_PACKAGES = {"java.lang..", "java.util..", "java.time..", "java.math.."};

    private static final String PACKAGE_INFO = "package-info";

    private JifenArchitecture() {}

    /** Every rule, in the order of {@link JifenRule}, for the given root package. */
    public static List<ArchRule> rules(String root) {
        return Arrays.stream(JifenRule.values()).map(rule -> rule.forRoot(root)).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Rings and dependencies

    /** Domain in the middle, application around it, adapters outside; bootstrap wires them. */
    public static ArchRule rings(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .applicationServices(root + ".application..")
                .adapter("db", root + ".adapters.db..")
                .adapter("rest", root + ".adapters.rest..")
                .adapter("cli", root + ".adapters.cli..")
                // db and rest adapters arrive with their own issues
                .withOptionalLayers(true)
                // bootstrap is the composition root outside the rings: it may use every ring
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), DescribedPredicate.alwaysTrue())
                // a class in no ring (say root.util or a new root.adapters.file) is itself a violation,
                // so a new package cannot slip past the rings unnoticed
                .ensureAllClassesAreContainedInArchitectureIgnoring(
                        resideInAPackage(root + ".bootstrap..").or(simpleName(PACKAGE_INFO)))
                .because("dependencies point inward: the domain knows nothing of the application, the"
                        + " application knows nothing of the adapters, adapters never call each other,"
                        + " and only bootstrap sees everything");
    }

    public static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap is the composition root: it knows every ring, and no ring knows it");
    }

    public static ArchRule domainDependsOnlyOnItselfAndJdkBasics(String root) {
        String[] allowed = concat(new String[] {root + ".domain.."}, DOMAIN_JDK_PACKAGES);
        return classes()
                .that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the domain is pure Java that any district team can embed: it uses only"
                        + " java.lang, java.util, java.time and java.math, no I/O and no library");
    }

    public static ArchRule applicationDependsOnlyOnDomainAndJdk(String root) {
        return classes()
                .that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
                .because("the application needs nothing beyond the domain and the JDK; everything from"
                        + " outside (storage, clock, other systems) comes in through its port.out interfaces");
    }

    public static ArchRule noFrameworkAnnotationsInDomainOrApplication(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat(annotationsFromOutsideJavaAnd(root))
                .because("domain and application carry no framework annotations (no @Inject, no"
                        + " @JsonProperty, no column mapping): services are built in Guice @Provides"
                        + " methods and adapters convert to and from their own types");
    }

    // ---------------------------------------------------------------------------------------------
    // Shapes and names

    public static ArchRule portInInterfacesAreUseCases(String root) {
        return classes()
                .that().resideInAPackage(root + ".application.port.in..")
                .and().areInterfaces()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().haveSimpleNameEndingWith("UseCase")
                .because("each interface a driving adapter calls is one use case, named <Verb><Noun>UseCase;"
                        + " commands, queries and views beside it are records");
    }

    public static ArchRule useCasesAreInterfacesInPortIn(String root) {
        return classes()
                .that().resideInAPackage(root + "..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .andShould().resideInAPackage(root + ".application.port.in..")
                .because("a use case is the interface the adapters call, and it lives in port.in;"
                        + " its implementation is a <Verb><Noun>Service");
    }

    public static ArchRule portOutHoldsInterfaces(String root) {
        return classes()
                .that().resideInAPackage(root + ".application.port.out..")
                .and().areTopLevelClasses()
                .and().areNotRecords()
                .and().areNotEnums()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().beInterfaces()
                .because("port.out holds the interfaces the application needs from outside; only the"
                        + " records and enums that travel through them may sit beside them, and the"
                        + " implementations belong to adapters or the in-memory package");
    }

    public static ArchRule servicesAreNamedService(String root) {
        return classes()
                .that().resideInAPackage(root + ".application.service..")
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().haveSimpleNameEndingWith("Service")
                .because("application.service holds one <Verb><Noun>Service per use case and nothing"
                        + " else; logic that is not orchestration belongs in the domain");
    }

    public static ArchRule servicesImplementExactlyOneUseCase(String root) {
        return classes()
                .that().resideInAPackage(root + ".application.service..")
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(implementExactlyOneInterfaceFrom(root + ".application.port.in"))
                .because("a service implements exactly one use case, so each use case has one place"
                        + " that orchestrates it and the adapters depend on the interface only");
    }

    public static ArchRule noImplSuffix(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .because("a name ending in Impl says nothing: name the implementation by what it is"
                        + " (JdbiLedgerRepository, InMemoryLedgerRepository, ScorePersonService)");
    }

    public static ArchRule noVagueNames(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .because("Manager, Helper and Util classes collect behaviour that belongs to a domain"
                        + " type or a named policy");
    }

    public static ArchRule noIPrefixedInterfaces(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .and().areInterfaces()
                .should(haveSimpleNameMatching("I[A-Z][a-z].*"))
                .because("an interface is named for what it is (LedgerRepository), not marked with an I"
                        + " prefix (ILedgerRepository)");
    }

    // ---------------------------------------------------------------------------------------------
    // Each framework only in its module

    public static ArchRule jdbiOnlyInDbAdapter(String root) {
        return frameworkOnlyIn(root, "JDBI", new String[] {root + ".adapters.db.."}, "org.jdbi..")
                .because("JDBI is the db adapter's business: no JDBI type crosses a port");
    }

    public static ArchRule flywayOnlyInDbAdapter(String root) {
        return frameworkOnlyIn(root, "Flyway", new String[] {root + ".adapters.db.."}, "org.flywaydb..")
                .because("the schema and its migrations belong to the db adapter");
    }

    public static ArchRule sparkOnlyInRestAdapter(String root) {
        return frameworkOnlyIn(root, "Spark", new String[] {root + ".adapters.rest.."}, "spark..")
                .because("HTTP routes and their request and response types belong to the rest adapter");
    }

    public static ArchRule picocliOnlyInCliAdapter(String root) {
        return frameworkOnlyIn(root, "picocli", new String[] {root + ".adapters.cli..", root + ".bootstrap.."},
                        "picocli..")
                .because("operators' commands and their parsing belong to the cli adapter; the composition root"
                        + " adds only the commands that need the adapters themselves (serve, db migrate)");
    }

    public static ArchRule guiceOnlyInAdaptersAndBootstrap(String root) {
        return frameworkOnlyIn(root, "Guice",
                        new String[] {root + ".adapters..", root + ".bootstrap.."},
                        "com.google.inject..", "jakarta.inject..", "javax.inject..")
                .because("the object graph is wired in one place: bootstrap assembles the Guice module"
                        + " each adapter offers, and services take their ports in plain constructors");
    }

    public static ArchRule jacksonOnlyInAdapters(String root) {
        return frameworkOnlyIn(root, "Jackson", new String[] {root + ".adapters.."}, "com.fasterxml.jackson..")
                .because("JSON and YAML are the adapters' formats; domain types are never serialised"
                        + " straight to JSON");
    }

    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices()
                .matching(root + ".adapters.(*)..")
                .namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("adapters plug into the ports, never into each other; only bootstrap knows them all");
    }

    // ---------------------------------------------------------------------------------------------
    // Domain content

    public static ArchRule noCyclesBetweenDomainAreas(String root) {
        return slices()
                .matching(root + ".domain.(*)..")
                .namingSlices("domain area $1")
                .should().beFreeOfCycles()
                .because("domain areas form a hierarchy (shared at the bottom), so each can be read,"
                        + " tested and changed without pulling in the others");
    }

    public static ArchRule noFloatingPointInDomain(String root) {
        return classes()
                .that().resideInAPackage(root + ".domain..")
                .should(useNoFloatingPoint())
                .because("points must be exact (0.25 and 0.5 occur in the catalogue): Points counts"
                        + " hundredths in a long, and a double or float anywhere in the domain invites"
                        + " rounding errors into a citizen's score");
    }

    public static ArchRule domainAndApplicationDoNotReadTheClock(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().accessTargetWhere(readsTheSystemClock())
                .because("instants and dates are parameters, and the application asks its clock port,"
                        + " so every result can be reproduced and every test runs on a fixed clock");
    }

    public static ArchRule domainUsesNoRandomness(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".domain..")
                .should().accessTargetWhere(drawsRandomness())
                .because("the domain is deterministic: the same facts always give the same score");
    }

    // ---------------------------------------------------------------------------------------------
    // building blocks

    private static ArchRule frameworkOnlyIn(String root, String framework, String[] allowedPackages,
                                            String... frameworkPackages) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(allowedPackages)
                .should().dependOnClassesThat().resideInAnyPackage(frameworkPackages)
                .as("no classes outside " + String.join(", ", allowedPackages) + " should depend on "
                        + framework + " (" + String.join(", ", frameworkPackages) + ")");
    }

    private static DescribedPredicate<JavaClass> annotationsFromOutsideJavaAnd(String root) {
        return DescribedPredicate.describe("annotations from outside java.. and " + root + "..",
                type -> type.isAnnotation()
                        && !type.getPackageName().startsWith("java.")
                        && !(type.getPackageName() + ".").startsWith(root + "."));
    }

    private static ArchCondition<JavaClass> haveSimpleNameMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new ArchCondition<>("have simple name matching '" + regex + "'") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean matches = pattern.matcher(type.getSimpleName()).matches();
                events.add(new SimpleConditionEvent(type, matches, "class " + type.getName()
                        + (matches ? " has" : " does not have") + " simple name matching '" + regex + "'"));
            }
        };
    }

    private static ArchCondition<JavaClass> implementExactlyOneInterfaceFrom(String portInPackage) {
        return new ArchCondition<>("implement exactly one use case interface from " + portInPackage + "..") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> useCases = type.getAllRawInterfaces().stream()
                        .filter(candidate -> (candidate.getPackageName() + ".").startsWith(portInPackage + "."))
                        .map(JavaClass::getName)
                        .sorted()
                        .toList();
                boolean exactlyOne = useCases.size() == 1;
                events.add(new SimpleConditionEvent(type, exactlyOne, "class " + type.getName()
                        + (useCases.isEmpty() ? " implements no use case from " + portInPackage
                        : " implements " + useCases.size() + " use cases " + useCases)));
            }
        };
    }

    private static ArchCondition<JavaClass> useNoFloatingPoint() {
        return new ArchCondition<>("declare and use no double or float (fields, parameters, return types,"
                + " members called or read)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> findings = new ArrayList<>();
                for (JavaField field : type.getFields()) {
                    if (involvesFloatingPoint(field.getType())) {
                        findings.add("field " + field.getFullName() + " has type " + field.getType().getName());
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (involvesFloatingPoint(unit.getReturnType())) {
                        findings.add(unit.getDescription() + " returns " + unit.getReturnType().getName());
                    }
                    for (JavaType parameter : unit.getParameterTypes()) {
                        if (involvesFloatingPoint(parameter)) {
                            findings.add(unit.getDescription() + " takes " + parameter.getName());
                        }
                    }
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    if (accessesFloatingPoint(access)) {
                        findings.add(access.getDescription());
                    }
                }
                if (findings.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(type, "class " + type.getName()
                            + " uses no double or float"));
                }
                for (String finding : findings) {
                    events.add(SimpleConditionEvent.violated(type, "class " + type.getName()
                            + " uses floating point: " + finding));
                }
            }
        };
    }

    private static boolean accessesFloatingPoint(JavaAccess<?> access) {
        if (access.getTarget() instanceof FieldAccessTarget field) {
            return isFloatingPoint(field.getRawType());
        }
        if (access.getTarget() instanceof CodeUnitAccessTarget codeUnit) {
            return isFloatingPoint(codeUnit.getRawReturnType())
                    || codeUnit.getRawParameterTypes().stream().anyMatch(JifenArchitecture::isFloatingPoint);
        }
        return false;
    }

    private static boolean involvesFloatingPoint(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().anyMatch(JifenArchitecture::isFloatingPoint);
    }

    /** double, float, their boxes, arrays of them, and JDK types built on them (DoubleStream, OptionalDouble…). */
    private static boolean isFloatingPoint(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        String name = base.getName();
        if (name.equals("double") || name.equals("float")) {
            return true;
        }
        return name.startsWith("java.")
                && (base.getSimpleName().contains("Double") || base.getSimpleName().contains("Float"));
    }

    private static final Set<String> CLOCK_FACTORIES =
            Set.of("system", "systemUTC", "systemDefaultZone", "tickMillis", "tickSeconds", "tickMinutes");

    /**
     * Calls and method references that read the system clock: any {@code now()} of java.time
     * (LocalDate, Instant, LocalDateTime, ZonedDateTime, Year, chrono dates…), the system clocks
     * ({@code Clock.systemUTC()}, {@code InstantSource.system()}…), {@code System.currentTimeMillis()},
     * {@code System.nanoTime()}, {@code new Date()} and {@code Calendar.getInstance()}.
     */
    static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock (java.time now(), Clock.system*(),"
                + " System.currentTimeMillis(), System.nanoTime(), new Date(), Calendar.getInstance())", access -> {
                    String owner = access.getTargetOwner().getName();
                    String name = access.getTarget().getName();
                    return (owner.startsWith("java.time.") && name.equals("now"))
                            || ((owner.equals("java.time.Clock") || owner.equals("java.time.InstantSource"))
                                    && CLOCK_FACTORIES.contains(name))
                            || (owner.equals("java.lang.System")
                                    && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                            || ((owner.equals("java.util.Date") || owner.equals("java.util.GregorianCalendar"))
                                    && isNoArgConstructor(access))
                            || (owner.startsWith("java.util.") && owner.endsWith("Calendar")
                                    && name.equals("getInstance"));
                });
    }

    /**
     * Calls and references that draw random numbers: java.util.Random and its subclasses
     * (ThreadLocalRandom, SecureRandom), SplittableRandom, java.util.random, Math.random(),
     * UUID.randomUUID() and Collections.shuffle().
     */
    static DescribedPredicate<JavaAccess<?>> drawsRandomness() {
        return DescribedPredicate.describe("draws randomness (Random, ThreadLocalRandom, SplittableRandom,"
                + " RandomGenerator, Math.random(), UUID.randomUUID(), Collections.shuffle())", access -> {
                    JavaClass ownerType = access.getTargetOwner();
                    String owner = ownerType.getName();
                    String name = access.getTarget().getName();
                    return ownerType.isAssignableTo("java.util.Random")
                            || owner.equals("java.util.SplittableRandom")
                            || owner.startsWith("java.util.random.")
                            || ((owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath"))
                                    && name.equals("random"))
                            || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                            || (owner.equals("java.util.Collections") && name.equals("shuffle"));
                });
    }

    private static boolean isNoArgConstructor(JavaAccess<?> access) {
        return access.getTarget() instanceof CodeUnitAccessTarget codeUnit
                && codeUnit.getName().equals("<init>")
                && codeUnit.getRawParameterTypes().isEmpty();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
