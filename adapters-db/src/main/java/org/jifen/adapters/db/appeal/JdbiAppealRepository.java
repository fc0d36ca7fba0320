package org.jifen.adapters.db.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.jifen.adapters.db.TransactionLocks;
import org.jifen.adapters.db.json.JsonColumns;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealDecision;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;

/**
 * Appeals in {@code appeal} (the indicators appealed as a JSON array of codes) and the corrections of
 * their decisions in {@code appeal_correction} (facts as JSON). An update rewrites the appeal's row and
 * replaces its corrections.
 */
public final class JdbiAppealRepository implements AppealRepository {

    /** The {@link TransactionLocks} scope of an appeal (the key is its id). */
    public static final String LOCK_SCOPE = "appeal";

    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;

    public JdbiAppealRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.locks = database.locks();
    }

    /**
     * Inside a unit of work, takes the appeal's lock first (to the end of the transaction), so that of two
     * supervisors deciding one appeal at once the second reads the first's decision.
     */
    @Override
    public Optional<Appeal> find(AppealId id) {
        if (transactions.inTransaction()) {
            locks.lock(LOCK_SCOPE, id.value());
        }
        return transactions.withDao(AppealDao.class,
                dao -> dao.find(id.value()).map(row -> appeal(row, dao.correctionsOf(id.value()))));
    }

    @Override
    public List<Appeal> findByApplication(ApplicationId application) {
        return transactions.withDao(AppealDao.class, dao -> {
            List<AppealRow> rows = dao.findByApplication(application.value());
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<String, List<CorrectionRow>> corrections = new LinkedHashMap<>();
            for (CorrectionRow row : dao.correctionsOfApplication(application.value())) {
                corrections.computeIfAbsent(row.appealId(), a -> new ArrayList<>()).add(row);
            }
            return rows.stream().map(row -> appeal(row, corrections.getOrDefault(row.appealId(), List.of())))
                    .toList();
        });
    }

    @Override
    public void add(Appeal appeal) {
        AppealRow row = row(appeal);
        List<CorrectionRow> corrections = correctionRows(appeal);
        transactions.useDao(AppealDao.class, dao -> {
            if (dao.find(row.appealId()).isPresent()) {
                throw duplicate(appeal.id());
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw duplicate(appeal.id());
                }
                throw failure;
            }
            if (!corrections.isEmpty()) {
                dao.insertCorrections(corrections);
            }
        });
    }

    @Override
    public void update(Appeal appeal) {
        AppealRow row = row(appeal);
        List<CorrectionRow> corrections = correctionRows(appeal);
        transactions.useDao(AppealDao.class, dao -> {
            if (dao.update(row) == 0) {
                throw new NotFoundException("APPEAL_NOT_FOUND", "no appeal " + appeal.id());
            }
            dao.deleteCorrections(row.appealId());
            if (!corrections.isEmpty()) {
                dao.insertCorrections(corrections);
            }
        });
    }

    private static RuleRefusedException duplicate(AppealId id) {
        return new RuleRefusedException("DUPLICATE_APPEAL", "appeal " + id + " exists");
    }

    private static AppealRow row(Appeal appeal) {
        Optional<AppealDecision> decision = appeal.decision();
        return new AppealRow(appeal.id().value(), appeal.application().value(), appeal.person().value(),
                JsonColumns.strings(appeal.indicators().stream().map(IndicatorCode::value).toList()), appeal.reason(),
                utc(appeal.filedAt()), appeal.filedOn(), appeal.decideBy(), appeal.status().name(),
                decision.map(d -> d.outcome().name()).orElse(null), decision.map(AppealDecision::reason).orElse(null),
                decision.map(AppealDecision::decidedBy).orElse(null),
                decision.map(d -> utc(d.decidedAt())).orElse(null));
    }

    private static List<CorrectionRow> correctionRows(Appeal appeal) {
        List<Correction> corrections = appeal.decision().map(AppealDecision::corrections).orElse(List.of());
        List<CorrectionRow> rows = new ArrayList<>();
        for (int position = 0; position < corrections.size(); position++) {
            Correction correction = corrections.get(position);
            rows.add(new CorrectionRow(appeal.id().value(), position, correction.indicator().value(),
                    JsonColumns.facts(correction.facts())));
        }
        return rows;
    }

    private static Appeal appeal(AppealRow row, List<CorrectionRow> corrections) {
        Optional<AppealDecision> decision = row.decisionOutcome() == null ? Optional.empty()
                : Optional.of(new AppealDecision(AppealStatus.valueOf(row.decisionOutcome()),
                        corrections.stream().map(c -> new Correction(IndicatorCode.of(c.indicatorCode()),
                                JsonColumns.facts(c.facts(), "appeal_correction.facts"))).toList(),
                        row.decisionReason(), row.decidedBy(), row.decidedAt().toInstant()));
        return new Appeal(new AppealId(row.appealId()), ApplicationId.of(row.applicationId()),
                PersonId.of(row.personId()),
                JsonColumns.strings(row.indicators(), "appeal.indicators").stream().map(IndicatorCode::of).toList(),
                row.reason(), row.filedAt().toInstant(), row.filedOn(), row.decideBy(),
                AppealStatus.valueOf(row.status()), decision);
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
