package org.jifen.adapters.db.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.adapters.db.StorageException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.TieBreak;
import org.jifen.domain.shared.Points;

/**
 * Programmes in {@code programme}, {@code programme_tie_break} (the chain in order) and
 * {@code programme_place}: inserted once, never changed (on PostgreSQL triggers refuse UPDATE and DELETE).
 */
public final class JdbiProgrammeRepository implements ProgrammeRepository {

    private final JdbiTransactionRunner transactions;

    public JdbiProgrammeRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
    }

    @Override
    public Optional<Programme> find(ProgrammeCode code) {
        return transactions.withDao(ProgrammeDao.class, dao -> dao.find(code.value())
                .map(row -> programme(row, dao.tieBreaksOf(code.value()), dao.placesOf(code.value()))));
    }

    @Override
    public void add(Programme programme) {
        String code = programme.code().value();
        ProgrammeRow row = new ProgrammeRow(code, programme.kind().name(), programme.name(),
                programme.district().value(), programme.cutoffDate(), programme.minScore().toBigDecimal(),
                programme.excludeTrialRun());
        List<TieBreakRow> tieBreaks = new ArrayList<>();
        for (int position = 0; position < programme.tieBreaks().size(); position++) {
            TieBreak tieBreak = programme.tieBreaks().get(position);
            tieBreaks.add(tieBreak instanceof TieBreak.IndicatorPoints points
                    ? new TieBreakRow(code, position, TieBreakRow.INDICATOR_POINTS, points.indicator().value())
                    : new TieBreakRow(code, position, TieBreakRow.EARLIER_SUBMISSION, null));
        }
        List<ProgrammePlaceRow> places = programme.places().entrySet().stream()
                .map(e -> new ProgrammePlaceRow(code, e.getKey().value(), e.getValue())).toList();
        transactions.useDao(ProgrammeDao.class, dao -> {
            if (dao.find(code).isPresent()) {
                throw exists(programme.code());
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw exists(programme.code());
                }
                throw failure;
            }
            if (!tieBreaks.isEmpty()) {
                dao.insertTieBreaks(tieBreaks);
            }
            dao.insertPlaces(places);
        });
    }

    private static RuleRefusedException exists(ProgrammeCode code) {
        return new RuleRefusedException("PROGRAMME_EXISTS", "programme " + code + " exists");
    }

    private static Programme programme(ProgrammeRow row, List<TieBreakRow> tieBreaks, List<ProgrammePlaceRow> places) {
        Map<PlaceCode, Integer> seats = new LinkedHashMap<>();
        places.forEach(place -> seats.put(new PlaceCode(place.placeCode()), place.seats()));
        return new Programme(new ProgrammeCode(row.programmeCode()), ProgrammeKind.valueOf(row.kind()), row.name(),
                DivisionCode.of(row.district()), row.cutoffDate(), Points.of(row.minScore()), row.excludeTrialRun(),
                tieBreaks.stream().map(JdbiProgrammeRepository::tieBreak).toList(), seats);
    }

    private static TieBreak tieBreak(TieBreakRow row) {
        return switch (row.tieBreakKind()) {
            case TieBreakRow.INDICATOR_POINTS -> new TieBreak.IndicatorPoints(IndicatorCode.of(row.indicatorCode()));
            case TieBreakRow.EARLIER_SUBMISSION -> new TieBreak.EarlierSubmission();
            default -> throw new StorageException("STORAGE_FAILURE",
                    "programme " + row.programmeCode() + " has a tie-break of an unknown kind");
        };
    }
}
