package org.jifen.adapters.db.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of {@code application_claim}: facts and evidence as JSON text, the decision in {@code decision*}
 * columns, all null while the claim is pending (public only because JDBI binds the methods of public
 * types alone).
 */
public record ClaimRow(
        String applicationId,
        int positionNo,
        String catalogueVersion,
        String jurisdiction,
        String tier,
        String indicatorCode,
        String scoringMethod,
        String department,
        String declaredFacts,
        String evidence,
        String status,
        Boolean decisionApproved,
        String decisionFacts,
        BigDecimal decisionTarget,
        String decisionReason,
        String decisionMethod,
        String decidedBy,
        OffsetDateTime decidedAt,
        String secondApprovedBy,
        OffsetDateTime secondApprovedAt) {
}
