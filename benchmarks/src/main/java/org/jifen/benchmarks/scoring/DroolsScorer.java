package org.jifen.benchmarks.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.Population.Resident;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.ledger.IndicatorRef;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The same scoring in Drools ({@code drools-engine-classic}, the classic Rete engine): one DRL rule per
 * {@code AUTO} indicator, written from the catalogue ({@link AutoRules}), over {@link SubjectFact},
 * {@link QuantityFact} and {@link BalanceFact} facts; a new {@link KieSession} per batch of residents
 * (as the district scoring slices them), its deltas collected in a global list.
 *
 * <p>The balances before scoring are handed to Drools already summed ({@link #prepare}, not timed), so the
 * engine only evaluates rules; the domain sums the ledger itself inside its timed run.
 */
public final class DroolsScorer {

    /** Residents per session. */
    public static final int BATCH = 10_000;

    private final List<Catalogue> applicable;
    private final String drl;
    private final KieBase base;

    public DroolsScorer(Population population) {
        this.applicable = population.applicable();
        this.drl = drl(AutoRules.of(applicable));
        KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the generated DRL does not compile: " + results.getMessages());
        }
        this.base = helper.build();
    }

    /** The generated rules (printed with {@code --show-rules}). */
    public String drl() {
        return drl;
    }

    /** One batch's facts, ready to insert. */
    public record Batch(List<Object> facts, int residents) {
    }

    /** The residents' facts in batches of {@value #BATCH}: birth date, quantities (whole) and balances so far. */
    public List<Batch> prepare(List<Resident> residents) {
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < residents.size(); from += BATCH) {
            List<Resident> group = residents.subList(from, Math.min(residents.size(), from + BATCH));
            List<Object> facts = new ArrayList<>(group.size() * 19);
            for (Resident resident : group) {
                String person = resident.person().id().value();
                facts.add(new SubjectFact(person, resident.person().idNumber().birthDate()));
                for (Catalogue catalogue : applicable) {
                    catalogue.indicators().stream().filter(i -> i.method() == ScoringMethod.AUTO)
                            .forEach(indicator -> {
                                IndicatorCode code = indicator.code();
                                boolean age = indicator.rule().kind() == RuleKind.AGE;
                                BigDecimal amount = resident.quantities().get(code);
                                if (!age && amount == null) {
                                    return;
                                }
                                if (!age) {
                                    facts.add(new QuantityFact(person, code.value(), amount.longValueExact()));
                                }
                                IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(),
                                        catalogue.tier(), code);
                                facts.add(new BalanceFact(person, code.value(),
                                        resident.ledger().balance(ref, Population.ON, Population.NOW).hundredths()));
                            });
                }
            }
            batches.add(new Batch(facts, group.size()));
        }
        return batches;
    }

    /** Fires the rules over every batch, a session each; the deltas go to {@code sink} batch by batch. */
    public void score(List<Batch> batches, Consumer<Delta> sink) {
        for (Batch batch : batches) {
            List<Delta> deltas = new ArrayList<>();
            KieSession session = base.newKieSession();
            try {
                session.setGlobal("deltas", deltas);
                session.setGlobal("on", Population.ON);
                for (Object fact : batch.facts()) {
                    session.insert(fact);
                }
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            deltas.forEach(sink);
        }
    }

    static String drl(AutoRules rules) {
        StringBuilder drl = new StringBuilder("""
                package org.jifen.benchmarks.rules;

                import org.jifen.benchmarks.scoring.SubjectFact;
                import org.jifen.benchmarks.scoring.QuantityFact;
                import org.jifen.benchmarks.scoring.BalanceFact;
                import org.jifen.benchmarks.scoring.Delta;

                global java.util.List deltas;
                global java.time.LocalDate on;

                function long clamp(long value, long low, long high) {
                    return Math.max(low, Math.min(high, value));
                }

                """);
        for (AutoRules.Auto auto : rules.indicators()) {
            String code = auto.code();
            drl.append("rule \"").append(code).append(' ').append(auto.kind()).append("\"\nwhen\n");
            if (auto.kind() == AutoRules.Kind.AGE) {
                drl.append("    SubjectFact($p : person, $birth : birthDate)\n");
            } else {
                drl.append("    QuantityFact(indicator == \"").append(code).append("\", $p : person, $amount : amount)\n");
            }
            drl.append("    BalanceFact(person == $p, indicator == \"").append(code)
                    .append("\", $balance : hundredths)\nthen\n");
            switch (auto.kind()) {
                case AGE -> {
                    drl.append("    int age = java.time.Period.between($birth, on).getYears();\n");
                    drl.append("    long points = 0L;\n");
                    String prefix = "    ";
                    for (AgeBand band : auto.bands()) {
                        drl.append(prefix).append("if (age >= ").append(band.fromAge()).append(" && age <= ")
                                .append(band.toAge()).append(") { points = ").append(band.points().hundredths())
                                .append("L + (age - ").append(band.fromAge()).append(") * ")
                                .append(band.perYear().hundredths()).append("L; }\n");
                        prefix = "    else ";
                    }
                    drl.append("    long target = clamp(points, 0L, ").append(auto.cap()).append("L);\n");
                }
                case PER_UNIT -> drl.append("    long target = clamp(($amount / ").append(auto.unitSize())
                        .append("L) * ").append(auto.pointsPerUnit()).append("L, 0L, ").append(auto.cap())
                        .append("L);\n");
                case FIXED -> drl.append("    long target = clamp($amount == 1L ? ").append(auto.fixedPoints())
                        .append("L : 0L, 0L, ").append(auto.cap()).append("L);\n");
                default -> throw new IllegalStateException(auto.kind().name());
            }
            drl.append("    if (target != $balance) { deltas.add(new Delta($p, \"").append(code)
                    .append("\", target - $balance)); }\nend\n\n");
        }
        return drl.toString();
    }
}
