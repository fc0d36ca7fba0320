package org.jifen.adapters.db.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code application_deduction} (public only because JDBI binds the methods of public types alone). */
public record DeductionRow(
        String applicationId,
        int positionNo,
        String catalogueVersion,
        String jurisdiction,
        String tier,
        String indicatorCode,
        String levelCode,
        String eventRef,
        LocalDate eventDate,
        String verificationMethod,
        BigDecimal points,
        String status,
        String recordedBy,
        OffsetDateTime recordedAt,
        String secondApprovedBy) {
}
