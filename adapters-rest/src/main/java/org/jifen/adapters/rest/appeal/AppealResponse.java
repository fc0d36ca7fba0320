package org.jifen.adapters.rest.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.adapters.rest.ledger.LedgerEntryResponse;
import org.jifen.domain.appeal.Appeal;

/**
 * 复核: the appeal (status FILED, UPHELD or DISMISSED; decide by, 10 working days), its decision once decided,
 * and the correction entries an upheld decision posted.
 */
public record AppealResponse(String appealId, String applicationId, String personId, List<String> indicators,
        String reason, Instant filedAt, LocalDate filedOn, LocalDate decideBy, String status,
        DecisionResponse decision, List<LedgerEntryResponse> corrections) {

    /** The department's decision. */
    public record DecisionResponse(String outcome, String reason, String decidedBy, Instant decidedAt,
            List<CorrectionResponse> corrections) {
    }

    /** A corrected indicator and the facts found (as text). */
    public record CorrectionResponse(String indicator, String facts) {
    }

    public static AppealResponse of(Appeal appeal, List<LedgerEntryResponse> corrections) {
        return new AppealResponse(appeal.id().value(), appeal.application().value(), appeal.person().value(),
                appeal.indicators().stream().map(c -> c.value()).toList(), appeal.reason(), appeal.filedAt(),
                appeal.filedOn(), appeal.decideBy(), appeal.status().name(),
                appeal.decision().map(d -> new DecisionResponse(d.outcome().name(), d.reason(), d.decidedBy(),
                        d.decidedAt(), d.corrections().stream()
                                .map(c -> new CorrectionResponse(c.indicator().value(), c.facts().toString())).toList()))
                        .orElse(null),
                corrections);
    }
}
