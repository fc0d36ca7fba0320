package org.jifen.adapters.rest.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.PointsApplication;

/**
 * An application: status ({@code UNDER_REVIEW}, {@code DECIDED}, {@code PUBLISHED}), claims with their
 * decisions and points (decimal strings), penalty events, and the publication window once published.
 */
public record PointsApplicationResponse(String applicationId, String personId, String district, String channel,
        Instant submittedAt, String status, List<ClaimResponse> claims, List<DeductionResponse> deductions,
        PublicationResponse publication) {

    /** One claim. */
    public record ClaimResponse(String indicator, String tier, String jurisdiction, String method, String department,
            String status, String points, List<String> evidence, DecisionResponse decision) {
    }

    /** A reviewer's decision. */
    public record DecisionResponse(boolean approved, String target, String reason, String method, String decidedBy,
            Instant decidedAt, String secondApprovedBy) {
    }

    /** A penalty event. */
    public record DeductionResponse(String indicator, String level, String eventRef, LocalDate eventDate, String method,
            String points, String status, String recordedBy) {
    }

    /** 公示: published on, appeals until (inclusive). */
    public record PublicationResponse(LocalDate publishedOn, LocalDate appealUntil, String publishedBy) {
    }

    public static PointsApplicationResponse of(PointsApplication application) {
        return new PointsApplicationResponse(application.id().value(), application.person().value(),
                application.district().value(), application.channel().name(), application.submittedAt(),
                status(application),
                application.claims().stream().map(PointsApplicationResponse::claim).toList(),
                application.deductions().stream().map(PointsApplicationResponse::deduction).toList(),
                application.publication()
                        .map(p -> new PublicationResponse(p.publishedOn(), p.appealUntil(), p.publishedBy()))
                        .orElse(null));
    }

    private static String status(PointsApplication application) {
        if (application.published()) {
            return "PUBLISHED";
        }
        boolean open = application.claims().stream().anyMatch(c -> c.status() == ClaimStatus.PENDING
                || c.status() == ClaimStatus.AWAITING_SECOND_APPROVAL);
        return open ? "UNDER_REVIEW" : "DECIDED";
    }

    private static ClaimResponse claim(Claim claim) {
        return new ClaimResponse(claim.indicator().code().value(), claim.indicator().tier().name(),
                claim.indicator().jurisdiction().value(), claim.method().name(), claim.department().name(),
                claim.status().name(), claim.points().toString(), claim.evidence(),
                claim.decision().map(PointsApplicationResponse::decision).orElse(null));
    }

    private static DecisionResponse decision(ClaimDecision d) {
        return new DecisionResponse(d.approved(), d.target().toString(), d.reason().orElse(null),
                d.method().map(Enum::name).orElse(null), d.decidedBy(), d.decidedAt(), d.secondApprovedBy().orElse(null));
    }

    static DeductionResponse deduction(Deduction d) {
        return new DeductionResponse(d.indicator().code().value(), d.level(), d.eventRef(), d.eventDate(),
                d.method().name(), d.points().toString(), d.status().name(), d.recordedBy());
    }
}
