package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.YamlLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.Indicator;

/**
 * Runs the domain's catalogue validation ({@link CatalogueSet}: tier totals, codes, caps, rules,
 * methods, overlapping versions) over the catalogues of a file, in file order as
 * {@link CatalogueSet#of} does, and places each problem on the line of the indicator it names, or
 * of its catalogue when it names none.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    /** Records every problem; the catalogues are those of the file, in the file's order. */
    static void check(List<Catalogue> catalogues, FileProblems problems) {
        CatalogueSet set = CatalogueSet.empty();
        for (int i = 0; i < catalogues.size(); i++) {
            Catalogue catalogue = catalogues.get(i);
            List<CatalogueProblem> found = set.problemsAdding(catalogue);
            if (found.isEmpty()) {
                set = set.with(catalogue);
            }
            Map<String, Integer> duplicatesSeen = new HashMap<>();
            for (CatalogueProblem problem : found) {
                String path = YamlLines.index("catalogues", i);
                String label = problem.version();
                if (!problem.indicator().isEmpty()) {
                    int ordinal = problem.code().equals("DUPLICATE_CODE")
                            ? duplicatesSeen.merge(problem.indicator(), 1, Integer::sum) : 0;
                    path = indicatorPath(catalogue, path, problem.indicator(), ordinal);
                    label = problem.indicator();
                }
                problems.addLabelled(path, label, problem.code(), problem.message());
            }
        }
    }

    /**
     * The path of the indicator with this code: its first occurrence, or for the n-th duplicate-code
     * problem its (n+1)-th occurrence, the one the validator found repeated.
     */
    private static String indicatorPath(Catalogue catalogue, String catalogPath, String code, int ordinal) {
        List<Indicator> indicators = catalogue.indicators();
        int match = -1;
        int seen = 0;
        for (int j = 0; j < indicators.size(); j++) {
            if (indicators.get(j).code().value().equals(code)) {
                match = j;
                if (seen++ == ordinal) {
                    break;
                }
            }
        }
        return match < 0 ? catalogPath : YamlLines.index(YamlLines.join(catalogPath, "indicators"), match);
    }
}
