package org.jifen.adapters.cli.programme;

import java.util.List;
import java.util.Map;

/** The programme file as written (YAML), before its values are checked. */
record ProgrammeYaml(String code, String kind, String name, String district, String cutoffDate, String minScore,
        Boolean excludeTrialRun, List<String> tieBreaks, Map<String, Integer> places) {
}
