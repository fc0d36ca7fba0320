package org.jifen.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/**
 * A points application (积分申请): who applies, in which district, through which channel, when, its
 * claims and deductions, and its publication (公示). Immutable: each step returns the new state.
 */
public final class PointsApplication {

    private final ApplicationId id;
    private final PersonId person;
    private final DivisionCode district;
    private final Channel channel;
    private final Instant submittedAt;
    private final LocalDate submittedOn;
    private final List<Claim> claims;
    private final List<Deduction> deductions;
    private final Optional<Publication> publication;

    public PointsApplication(ApplicationId id, PersonId person, DivisionCode district, Channel channel,
            Instant submittedAt, LocalDate submittedOn, List<Claim> claims, List<Deduction> deductions,
            Optional<Publication> publication) {
        this.id = Objects.requireNonNull(id, "id");
        this.person = Objects.requireNonNull(person, "person");
        this.district = Objects.requireNonNull(district, "district");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.submittedOn = Objects.requireNonNull(submittedOn, "submittedOn");
        this.claims = List.copyOf(claims);
        this.deductions = List.copyOf(deductions);
        this.publication = Objects.requireNonNull(publication, "publication");
        List<IndicatorCode> codes = this.claims.stream().map(c -> c.indicator().code()).toList();
        if (codes.stream().distinct().count() != codes.size()) {
            throw new IllegalArgumentException("an indicator is claimed twice");
        }
    }

    public ApplicationId id() {
        return id;
    }

    public PersonId person() {
        return person;
    }

    public DivisionCode district() {
        return district;
    }

    public Channel channel() {
        return channel;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Deduction> deductions() {
        return deductions;
    }

    public Optional<Publication> publication() {
        return publication;
    }

    public boolean published() {
        return publication.isPresent();
    }

    public Optional<Claim> claim(IndicatorCode code) {
        return claims.stream().filter(c -> c.indicator().code().equals(code)).findFirst();
    }

    /** The claim of this indicator, or {@code UNKNOWN_INDICATOR}. */
    public Claim requireClaim(IndicatorCode code) {
        return claim(code).orElseThrow(() -> new ApplicationStateException("UNKNOWN_INDICATOR",
                "application " + id + " has no claim on indicator " + code));
    }

    /** Records a decision on a pending claim; a decided or published claim cannot be decided again. */
    public PointsApplication decide(IndicatorCode code, ClaimStatus status, ClaimDecision decision) {
        requireNotPublished();
        Claim claim = requireClaim(code);
        if (claim.status() != ClaimStatus.PENDING) {
            throw new ApplicationStateException("ALREADY_DECIDED", "the claim on " + code + " is already "
                    + claim.status());
        }
        if (status == ClaimStatus.PENDING) {
            throw new IllegalArgumentException("a decision does not leave a claim pending");
        }
        return withClaim(claim.decided(status, decision));
    }

    /** A second reviewer approves a large manual decision; the first reviewer cannot. */
    public PointsApplication approveSecond(IndicatorCode code, String approver, Instant at) {
        requireNotPublished();
        Claim claim = requireClaim(code);
        if (claim.status() != ClaimStatus.AWAITING_SECOND_APPROVAL) {
            throw new ApplicationStateException("NOT_AWAITING_SECOND_APPROVAL", "the claim on " + code
                    + " does not await a second approval");
        }
        ClaimDecision first = claim.decision().orElseThrow();
        requireOtherReviewer(first.decidedBy(), approver);
        return withClaim(claim.decided(first.approved() ? ClaimStatus.APPROVED : ClaimStatus.REJECTED,
                first.withSecondApproval(approver, at)));
    }

    /** Records a penalty event on this application. */
    public PointsApplication withDeduction(Deduction deduction) {
        if (deductions.stream().anyMatch(d -> d.eventRef().equals(deduction.eventRef())
                && d.indicator().equals(deduction.indicator()))) {
            throw new ApplicationStateException("DUPLICATE_EVENT", "event " + deduction.eventRef()
                    + " is already recorded");
        }
        List<Deduction> more = new ArrayList<>(deductions);
        more.add(deduction);
        return copy(claims, more, publication);
    }

    /** A second reviewer approves a large deduction. */
    public PointsApplication approveDeduction(String eventRef, String approver) {
        Deduction deduction = deductions.stream().filter(d -> d.eventRef().equals(eventRef)).findFirst()
                .orElseThrow(() -> new ApplicationStateException("UNKNOWN_EVENT", "no deduction event " + eventRef));
        if (deduction.status() != ClaimStatus.AWAITING_SECOND_APPROVAL) {
            throw new ApplicationStateException("NOT_AWAITING_SECOND_APPROVAL", "deduction " + eventRef
                    + " does not await a second approval");
        }
        requireOtherReviewer(deduction.recordedBy(), approver);
        List<Deduction> updated = new ArrayList<>();
        for (Deduction d : deductions) {
            updated.add(d == deduction ? d.approvedBy(approver) : d);
        }
        return copy(claims, updated, publication);
    }

    /**
     * 公示: refused while any claim is undecided ({@code CLAIMS_PENDING}) or awaits a second approval
     * ({@code SECOND_APPROVAL_REQUIRED}).
     */
    public PointsApplication publish(Publication newPublication) {
        requireNotPublished();
        List<String> pending = claims.stream().filter(c -> c.status() == ClaimStatus.PENDING)
                .map(c -> c.indicator().code().value()).toList();
        if (!pending.isEmpty()) {
            throw new ApplicationStateException("CLAIMS_PENDING", "claims not yet decided: " + pending);
        }
        List<String> awaiting = new ArrayList<>();
        claims.stream().filter(c -> c.status() == ClaimStatus.AWAITING_SECOND_APPROVAL)
                .forEach(c -> awaiting.add(c.indicator().code().value()));
        deductions.stream().filter(d -> d.status() == ClaimStatus.AWAITING_SECOND_APPROVAL)
                .forEach(d -> awaiting.add(d.indicator().code() + "/" + d.eventRef()));
        if (!awaiting.isEmpty()) {
            throw new ApplicationStateException("SECOND_APPROVAL_REQUIRED", "waiting for a second reviewer: "
                    + awaiting);
        }
        return copy(claims, deductions, Optional.of(newPublication));
    }

    private void requireNotPublished() {
        if (publication.isPresent()) {
            throw new ApplicationStateException("ALREADY_PUBLISHED", "application " + id + " was published on "
                    + publication.get().publishedOn());
        }
    }

    private static void requireOtherReviewer(String first, String second) {
        if (first.equals(second)) {
            throw new ApplicationStateException("SAME_REVIEWER", "the second approval must come from another reviewer");
        }
    }

    private PointsApplication withClaim(Claim updated) {
        List<Claim> list = new ArrayList<>();
        for (Claim c : claims) {
            list.add(c.indicator().code().equals(updated.indicator().code()) ? updated : c);
        }
        return copy(list, deductions, publication);
    }

    private PointsApplication copy(List<Claim> newClaims, List<Deduction> newDeductions,
            Optional<Publication> newPublication) {
        return new PointsApplication(id, person, district, channel, submittedAt, submittedOn, newClaims, newDeductions,
                newPublication);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointsApplication a && a.id.equals(id) && a.person.equals(person)
                && a.district.equals(district) && a.channel == channel && a.submittedAt.equals(submittedAt)
                && a.submittedOn.equals(submittedOn) && a.claims.equals(claims) && a.deductions.equals(deductions)
                && a.publication.equals(publication);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, claims, deductions, publication);
    }

    @Override
    public String toString() {
        return "PointsApplication[" + id + ", " + person + ", " + district + ", " + claims.size() + " claims"
                + publication.map(p -> ", published " + p.publishedOn()).orElse("") + "]";
    }
}
