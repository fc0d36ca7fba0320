package org.jifen.domain.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;

/**
 * The allocation of a round (积分应用分配). Candidates are assessed one by one ({@link #assess}: not
 * eligible, frozen, below the minimum — each takes no part, with the reason — or ranked by
 * {@link RankingKey}); where both parents applied the better standing serves the family
 * ({@link #serving}); then {@link #allocate} ranks those taking part and fills the places:
 * <ul>
 * <li>{@link ProgrammeKind#SCHOOL_ENROLMENT}: student-proposing deferred acceptance over the ranked
 * preferences with catchment priority (学区优先); a child with no preferences is left for coordinated
 * placement (统筹安排);</li>
 * <li>{@link ProgrammeKind#PUBLIC_RENTAL_HOUSING}, {@link ProgrammeKind#HOUSEHOLD_REGISTRATION}: places
 * filled in rank order, each candidate taking the first place wanted that still has room — deferred
 * acceptance without catchment; a candidate with no preferences accepts any place, in place-code order.</li>
 * </ul>
 * Deterministic: ranking keys never tie (the beneficiary's ID number ends the chain), places are taken in
 * code order, excluded candidates are listed by ID number; no hash or input order reaches the result.
 * Cost: a sort and one deferred-acceptance pass, O(n log n + P log S).
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Refuses a round's input before anything runs: a preference or catchment naming no place of the
     * round ({@code UNKNOWN_PLACE}), the same beneficiary twice ({@code DUPLICATE_BENEFICIARY}).
     */
    public static void requireValid(Map<PlaceCode, Integer> places, List<RoundCandidate> candidates) {
        Set<IdNumber> beneficiaries = new HashSet<>();
        for (RoundCandidate candidate : candidates) {
            for (PlaceCode place : candidate.preferences()) {
                requireKnown(places, place, "preference");
            }
            for (PlaceCode place : candidate.catchment()) {
                requireKnown(places, place, "catchment");
            }
            if (!beneficiaries.add(candidate.beneficiary().idNumber())) {
                throw new RoundException("DUPLICATE_BENEFICIARY", "beneficiary "
                        + candidate.beneficiary().idNumber().masked() + " is a candidate more than once");
            }
        }
    }

    private static void requireKnown(Map<PlaceCode, Integer> places, PlaceCode place, String where) {
        if (!places.containsKey(place)) {
            throw new RoundException("UNKNOWN_PLACE", "the " + where + " " + place + " is not a place of this round"
                    + " (places: " + places.keySet() + ")");
        }
    }

    /**
     * The standing of a candidate whose beneficiary is neither the applicant nor a member of the
     * applicant's household (一人参评、家庭应用: only the household uses the points): not eligible.
     */
    public static Optional<CandidateStanding> outsideHousehold(RoundCandidate candidate, Person applicant) {
        boolean family = applicant.idNumber().equals(candidate.beneficiary().idNumber())
                || applicant.household().stream().anyMatch(m -> m.idNumber().equals(candidate.beneficiary().idNumber()));
        return family ? Optional.empty() : Optional.of(CandidateStanding.excluded(candidate, applicant.id(), Points.ZERO,
                ResultReason.NOT_ELIGIBLE, "受益人不是申请人本人或其家庭成员（配偶、子女），不能使用申请人的积分"));
    }

    /** The standing of a candidate whose applicant is not registered: not eligible. */
    public static CandidateStanding unknownApplicant(RoundCandidate candidate) {
        return CandidateStanding.excluded(candidate, candidate.applicant(), Points.ZERO, ResultReason.NOT_ELIGIBLE,
                "申请人" + candidate.applicant() + "未登记");
    }

    /**
     * How a candidate stands on one applicant's usable score (the statement for the programme's district
     * effective on the cut-off date, as known at the round's time, trial-run points already left out
     * where the programme says so): not eligible when the applicant's residence is not registered in the
     * programme's district; frozen when a deduction's freeze is in force on the cut-off date; below the
     * minimum; otherwise ranked by the score, the programme's tie-break chain over the statement's
     * indicator points and the applicant's first submission ({@link Instant#MAX} for none), and finally
     * the beneficiary's ID number.
     */
    public static CandidateStanding assess(Programme programme, RoundCandidate candidate, Person applicant,
            ScoreStatement usable, Instant firstSubmittedAt) {
        if (!usable.person().equals(applicant.id()) || !usable.district().equals(programme.district())
                || !usable.effectiveOn().equals(programme.cutoffDate())) {
            throw new IllegalArgumentException("the statement must be the applicant's, for the programme's district"
                    + " on its cut-off date");
        }
        Points score = usable.total();
        if (!applicant.residenceDistrict().equals(programme.district())) {
            return CandidateStanding.excluded(candidate, applicant.id(), score, ResultReason.NOT_ELIGIBLE,
                    "申请人居住登记在" + applicant.residenceDistrict() + "，不在本项目所在区" + usable.districtName()
                            + "（" + programme.district() + "）");
        }
        Optional<Freeze> freeze = usable.freeze();
        if (freeze.isPresent()) {
            return CandidateStanding.excluded(candidate, applicant.id(), score, ResultReason.FROZEN,
                    "扣分冻结期" + freeze.get().from() + "至" + freeze.get().until().minusDays(1) + "，覆盖积分截止日"
                            + programme.cutoffDate() + "，不参与本轮");
        }
        if (score.compareTo(programme.minScore()) < 0) {
            return CandidateStanding.excluded(candidate, applicant.id(), score, ResultReason.BELOW_MINIMUM,
                    "积分" + score + "低于本项目最低分" + programme.minScore());
        }
        Map<IndicatorCode, Points> indicatorPoints = new HashMap<>();
        for (TieBreak step : programme.tieBreaks()) {
            if (step instanceof TieBreak.IndicatorPoints points) {
                indicatorPoints.put(points.indicator(), usable.balanceOf(points.indicator()));
            }
        }
        RankingKey key = RankingKey.of(score, programme.tieBreaks(), indicatorPoints, firstSubmittedAt,
                candidate.beneficiary().idNumber().value());
        return CandidateStanding.eligible(candidate, applicant.id(), score, key);
    }

    /**
     * 一人参评、家庭应用: where both parents applied, the better standing serves the family — the one
     * taking part over one excluded, the better ranking key (the higher score, then the tie-break chain)
     * between two taking part, the applicant's own on a complete tie or when both are excluded.
     */
    public static CandidateStanding serving(CandidateStanding own, Optional<CandidateStanding> spouse) {
        if (spouse.isEmpty() || !spouse.get().takesPart()) {
            return own;
        }
        if (!own.takesPart()) {
            return spouse.get();
        }
        return spouse.get().key().get().compareTo(own.key().get()) < 0 ? spouse.get() : own;
    }

    /**
     * The result lines of a round over these places ({@code programme.places()}): the candidates taking
     * part in rank order (rank 1 first) with the place each obtained or {@link ResultReason#UNPLACED},
     * then those excluded (rank 0) with their reasons, ordered by the beneficiary's ID number.
     */
    public static List<RoundResultLine> allocate(Programme programme, List<CandidateStanding> standings) {
        requireValid(programme.places(), standings.stream().map(CandidateStanding::candidate).toList());
        List<CandidateStanding> ranked = new ArrayList<>();
        List<CandidateStanding> excluded = new ArrayList<>();
        for (CandidateStanding standing : standings) {
            (standing.takesPart() ? ranked : excluded).add(standing);
        }
        ranked.sort(Comparator.comparing(s -> s.key().get()));
        excluded.sort(Comparator.comparing(s -> s.candidate().beneficiary().idNumber().value()));

        boolean school = programme.kind() == ProgrammeKind.SCHOOL_ENROLMENT;
        List<PlaceCode> everyPlace = List.copyOf(programme.places().keySet());
        List<Proposer> proposers = new ArrayList<>(ranked.size());
        for (CandidateStanding standing : ranked) {
            RoundCandidate candidate = standing.candidate();
            proposers.add(school ? new Proposer(candidate.preferences(), candidate.catchment())
                    : new Proposer(candidate.preferences().isEmpty() ? everyPlace : candidate.preferences(),
                            Set.of()));
        }
        List<Optional<PlaceCode>> assigned = DeferredAcceptance.assign(proposers, programme.places());

        List<RoundResultLine> lines = new ArrayList<>(standings.size());
        for (int i = 0; i < ranked.size(); i++) {
            CandidateStanding standing = ranked.get(i);
            Optional<PlaceCode> place = assigned.get(i);
            lines.add(new RoundResultLine(i + 1, standing.servedBy(), standing.candidate().beneficiary(),
                    standing.score(), place, place.isPresent() ? Optional.empty() : Optional.of(ResultReason.UNPLACED),
                    place.isPresent() ? "" : unplacedText(programme.kind(), standing.candidate())));
        }
        for (CandidateStanding standing : excluded) {
            lines.add(new RoundResultLine(0, standing.servedBy(), standing.candidate().beneficiary(),
                    standing.score(), Optional.empty(), standing.exclusion(), standing.reasonText()));
        }
        return List.copyOf(lines);
    }

    private static String unplacedText(ProgrammeKind kind, RoundCandidate candidate) {
        if (kind == ProgrammeKind.SCHOOL_ENROLMENT) {
            return candidate.preferences().isEmpty() ? "未填报志愿学校，由教育部门统筹安排"
                    : "所填志愿学校均已满额，由教育部门统筹安排";
        }
        return kind.chineseName() + "名额已满，本轮未获分配";
    }
}
