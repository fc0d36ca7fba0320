package org.jifen.domain.programme;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.catalogue.IndicatorCode;

/**
 * One step of a programme's tie-break chain for equal scores. Default: social insurance points
 * (P04), then residence time points (P05), then the earlier submission of the application.
 */
public sealed interface TieBreak {

    /** More points of this indicator ranks first. */
    record IndicatorPoints(IndicatorCode indicator) implements TieBreak {
        public IndicatorPoints {
            Objects.requireNonNull(indicator, "indicator");
        }
    }

    /** The earlier first application (申请时间) ranks first. */
    record EarlierSubmission() implements TieBreak {
    }

    /** P04, P05, earlier submission. */
    List<TieBreak> DEFAULT_CHAIN = List.of(new IndicatorPoints(IndicatorCode.of("P04")),
            new IndicatorPoints(IndicatorCode.of("P05")), new EarlierSubmission());
}
