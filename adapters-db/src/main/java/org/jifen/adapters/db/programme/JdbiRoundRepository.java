package org.jifen.adapters.db.programme;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataCipher;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.adapters.db.json.JsonColumns;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.programme.Beneficiary;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.ResultReason;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.shared.Points;

/**
 * Allocation rounds as run, in {@code allocation_round}, {@code round_place}, {@code round_candidate} and
 * {@code round_result}: inserted once in batches, never changed (on PostgreSQL triggers refuse UPDATE and
 * DELETE). Beneficiaries' ID numbers are stored only encrypted with the {@link PersonalDataCipher}, each
 * bound to its table, round and line.
 */
public final class JdbiRoundRepository implements RoundRepository {

    private static final Comparator<Round> RUN_ORDER = Comparator.comparing(Round::runAt).thenComparing(Round::id);

    private final JdbiTransactionRunner transactions;
    private final PersonalDataCipher cipher;

    public JdbiRoundRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.cipher = database.personalData();
    }

    @Override
    public Optional<Round> find(RoundId id) {
        String round = id.value();
        return transactions.withDao(RoundDao.class, dao -> dao.find(round)
                .map(row -> round(row, dao.placesOf(round), dao.candidatesOf(round), dao.resultsOf(round))));
    }

    @Override
    public List<Round> findByProgramme(ProgrammeCode programme) {
        String code = programme.value();
        return transactions.withDao(RoundDao.class, dao -> {
            List<RoundRow> rows = dao.findByProgramme(code);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<String, List<RoundPlaceRow>> places = byRound(dao.placesOfProgramme(code), RoundPlaceRow::roundId);
            Map<String, List<RoundCandidateRow>> candidates = byRound(dao.candidatesOfProgramme(code),
                    RoundCandidateRow::roundId);
            Map<String, List<RoundResultRow>> results = byRound(dao.resultsOfProgramme(code), RoundResultRow::roundId);
            return rows.stream()
                    .map(row -> round(row, places.getOrDefault(row.roundId(), List.of()),
                            candidates.getOrDefault(row.roundId(), List.of()),
                            results.getOrDefault(row.roundId(), List.of())))
                    .sorted(RUN_ORDER) // run time, then id as RoundId orders ids (not by the database's collation)
                    .toList();
        });
    }

    @Override
    public void add(Round round) {
        String id = round.id().value();
        RoundRow row = new RoundRow(id, round.programme().value(), round.kind().name(), round.district().value(),
                round.cutoffDate(), utc(round.knownAt()), utc(round.runAt()));
        List<RoundPlaceRow> places = round.places().entrySet().stream()
                .map(e -> new RoundPlaceRow(id, e.getKey().value(), e.getValue())).toList();
        List<RoundCandidateRow> candidates = new ArrayList<>();
        for (int position = 0; position < round.candidates().size(); position++) {
            RoundCandidate candidate = round.candidates().get(position);
            candidates.add(new RoundCandidateRow(id, position, candidate.applicant().value(),
                    cipher.encrypt(candidate.beneficiary().idNumber().value(), candidateContext(id, position)),
                    candidate.beneficiary().name(), JsonColumns.strings(codes(candidate.preferences())),
                    JsonColumns.strings(codes(List.copyOf(candidate.catchment())))));
        }
        List<RoundResultRow> results = new ArrayList<>();
        for (int position = 0; position < round.results().size(); position++) {
            RoundResultLine line = round.results().get(position);
            results.add(new RoundResultRow(id, position, line.rank(), line.applicant().value(),
                    cipher.encrypt(line.beneficiary().idNumber().value(), resultContext(id, position)),
                    line.beneficiary().name(), line.score().toBigDecimal(), line.place().map(PlaceCode::value).orElse(null),
                    line.reason().map(ResultReason::name).orElse(null), line.reasonText()));
        }
        transactions.useDao(RoundDao.class, dao -> {
            if (dao.find(id).isPresent()) {
                throw exists(round.id());
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw exists(round.id());
                }
                throw failure;
            }
            // the lines cannot collide once the round's row is in
            if (!places.isEmpty()) {
                dao.insertPlaces(places);
            }
            if (!candidates.isEmpty()) {
                dao.insertCandidates(candidates);
            }
            if (!results.isEmpty()) {
                dao.insertResults(results);
            }
        });
    }

    private static RuleRefusedException exists(RoundId id) {
        return new RuleRefusedException("ROUND_EXISTS", "round " + id + " exists");
    }

    private static List<String> codes(List<PlaceCode> places) {
        return places.stream().map(PlaceCode::value).toList();
    }

    private static List<PlaceCode> places(String json, String column) {
        return JsonColumns.strings(json, column).stream().map(PlaceCode::new).toList();
    }

    private static <R> Map<String, List<R>> byRound(List<R> rows, Function<R, String> round) {
        Map<String, List<R>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(round.apply(row), r -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private Round round(RoundRow row, List<RoundPlaceRow> places, List<RoundCandidateRow> candidates,
            List<RoundResultRow> results) {
        String id = row.roundId();
        Map<PlaceCode, Integer> seats = new LinkedHashMap<>();
        places.forEach(place -> seats.put(new PlaceCode(place.placeCode()), place.seats()));
        List<RoundCandidate> candidateList = candidates.stream()
                .map(c -> new RoundCandidate(PersonId.of(c.applicantId()),
                        beneficiary(c.beneficiaryIdNumberCipher(), candidateContext(id, c.positionNo()),
                                c.beneficiaryName()),
                        places(c.preferences(), "round_candidate.preferences"),
                        new java.util.HashSet<>(places(c.catchment(), "round_candidate.catchment"))))
                .toList();
        List<RoundResultLine> lines = results.stream()
                .map(r -> new RoundResultLine(r.rankNo(), PersonId.of(r.applicantId()),
                        beneficiary(r.beneficiaryIdNumberCipher(), resultContext(id, r.positionNo()),
                                r.beneficiaryName()),
                        Points.of(r.score()), Optional.ofNullable(r.placeCode()).map(PlaceCode::new),
                        Optional.ofNullable(r.reason()).map(ResultReason::valueOf), r.reasonText()))
                .toList();
        return new Round(new RoundId(id), new ProgrammeCode(row.programmeCode()), ProgrammeKind.valueOf(row.kind()),
                DivisionCode.of(row.district()), row.cutoffDate(), row.knownAt().toInstant(), row.runAt().toInstant(),
                candidateList, seats, lines);
    }

    private Beneficiary beneficiary(String idNumberCipher, String context, String name) {
        return new Beneficiary(IdNumber.parse(cipher.decrypt(idNumberCipher, context)), name);
    }

    private static String candidateContext(String round, int position) {
        return "round_candidate.beneficiary_id_number:" + round + ":" + position;
    }

    private static String resultContext(String round, int position) {
        return "round_result.beneficiary_id_number:" + round + ":" + position;
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
