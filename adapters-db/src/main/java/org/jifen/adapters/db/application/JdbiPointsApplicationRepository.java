package org.jifen.adapters.db.application;

import java.time.Instant;
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
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.StoredSubmission;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * Points applications in {@code points_application}, {@code application_claim} and
 * {@code application_deduction}. A submission's idempotency key is a unique column of the application's
 * own row, so an application and its key are stored by one INSERT and a key used before is refused by
 * the constraint even when two submissions race ({@code DUPLICATE_SUBMISSION}). An update rewrites the
 * application's row (not its submission) and replaces its claims and deductions; {@link #find} inside a
 * unit of work locks the application so that concurrent decisions on it follow one another.
 */
public final class JdbiPointsApplicationRepository implements PointsApplicationRepository {

    /** The {@link TransactionLocks} scope of an application (the key is its id). */
    public static final String LOCK_SCOPE = "application";

    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;

    public JdbiPointsApplicationRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.locks = database.locks();
    }

    /**
     * Inside a unit of work, takes the application's lock first (to the end of the transaction): whoever
     * reads an application to decide on it reads the state the previous decision committed, and no two
     * reviewers' updates overwrite each other.
     */
    @Override
    public Optional<PointsApplication> find(ApplicationId id) {
        if (transactions.inTransaction()) {
            locks.lock(LOCK_SCOPE, id.value());
        }
        return transactions.withDao(PointsApplicationDao.class, dao -> dao.find(id.value())
                .map(row -> application(row, dao.claimsOf(id.value()), dao.deductionsOf(id.value()))));
    }

    @Override
    public List<PointsApplication> findByPerson(PersonId person) {
        return transactions.withDao(PointsApplicationDao.class, dao -> {
            List<ApplicationRow> rows = dao.findByPerson(person.value());
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<String, List<ClaimRow>> claims = byApplication(dao.claimsOfPerson(person.value()),
                    ClaimRow::applicationId);
            Map<String, List<DeductionRow>> deductions = byApplication(dao.deductionsOfPerson(person.value()),
                    DeductionRow::applicationId);
            return rows.stream().map(row -> application(row, claims.getOrDefault(row.applicationId(), List.of()),
                    deductions.getOrDefault(row.applicationId(), List.of()))).toList();
        });
    }

    @Override
    public void add(PointsApplication application, Optional<StoredSubmission> submission) {
        Objects.requireNonNull(submission, "submission");
        submission.ifPresent(s -> {
            if (!s.application().equals(application.id())) {
                throw new IllegalArgumentException("submission " + s.idempotencyKey() + " created application "
                        + s.application() + ", not " + application.id());
            }
        });
        ApplicationRow row = row(application, submission);
        List<ClaimRow> claims = claimRows(application);
        List<DeductionRow> deductions = deductionRows(application);
        transactions.useDao(PointsApplicationDao.class, dao -> {
            if (dao.find(row.applicationId()).isPresent()) {
                throw duplicateApplication(application.id());
            }
            if (row.idempotencyKey() != null && dao.findSubmission(row.idempotencyKey()).isPresent()) {
                throw duplicateKey();
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    // another submission with this id or key committed since the checks above
                    throw new RuleRefusedException("DUPLICATE_SUBMISSION", "application " + application.id()
                            + " or its idempotency key was stored by another submission at the same time");
                }
                throw failure;
            }
            // the children cannot collide once the application's row is in
            if (!claims.isEmpty()) {
                dao.insertClaims(claims);
            }
            if (!deductions.isEmpty()) {
                dao.insertDeductions(deductions);
            }
        });
    }

    @Override
    public void update(PointsApplication application) {
        ApplicationRow row = row(application, Optional.empty());
        List<ClaimRow> claims = claimRows(application);
        List<DeductionRow> deductions = deductionRows(application);
        transactions.useDao(PointsApplicationDao.class, dao -> {
            if (dao.update(row) == 0) {
                throw new NotFoundException("APPLICATION_NOT_FOUND", "no application " + application.id());
            }
            dao.deleteClaims(row.applicationId());
            dao.deleteDeductions(row.applicationId());
            if (!claims.isEmpty()) {
                dao.insertClaims(claims);
            }
            if (!deductions.isEmpty()) {
                dao.insertDeductions(deductions);
            }
        });
    }

    @Override
    public Optional<StoredSubmission> findSubmission(String idempotencyKey) {
        return transactions.withDao(PointsApplicationDao.class, dao -> dao.findSubmission(idempotencyKey))
                .map(row -> new StoredSubmission(row.idempotencyKey(), row.submissionFingerprint(),
                        ApplicationId.of(row.applicationId())));
    }

    private static RuleRefusedException duplicateApplication(ApplicationId id) {
        return new RuleRefusedException("DUPLICATE_SUBMISSION", "application " + id + " exists");
    }

    private static RuleRefusedException duplicateKey() {
        return new RuleRefusedException("DUPLICATE_SUBMISSION", "this idempotency key was used before");
    }

    private static <R> Map<String, List<R>> byApplication(List<R> rows,
            java.util.function.Function<R, String> application) {
        Map<String, List<R>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(application.apply(row), a -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    // ---- domain → rows

    private static ApplicationRow row(PointsApplication application, Optional<StoredSubmission> submission) {
        Optional<Publication> publication = application.publication();
        return new ApplicationRow(application.id().value(), application.person().value(),
                application.district().value(), application.channel().name(), utc(application.submittedAt()),
                application.submittedOn(), submission.map(StoredSubmission::idempotencyKey).orElse(null),
                submission.map(StoredSubmission::fingerprint).orElse(null),
                publication.map(Publication::publishedOn).orElse(null),
                publication.map(Publication::appealUntil).orElse(null),
                publication.map(p -> utc(p.publishedAt())).orElse(null),
                publication.map(Publication::publishedBy).orElse(null));
    }

    private static List<ClaimRow> claimRows(PointsApplication application) {
        String id = application.id().value();
        List<ClaimRow> rows = new ArrayList<>();
        for (int position = 0; position < application.claims().size(); position++) {
            Claim claim = application.claims().get(position);
            IndicatorRef ref = claim.indicator();
            Optional<ClaimDecision> decision = claim.decision();
            rows.add(new ClaimRow(id, position, ref.version().value(), ref.jurisdiction().value(), ref.tier().name(),
                    ref.code().value(), claim.method().name(), claim.department().name(),
                    JsonColumns.facts(claim.declared()), JsonColumns.strings(claim.evidence()), claim.status().name(),
                    decision.map(ClaimDecision::approved).orElse(null),
                    decision.flatMap(ClaimDecision::facts).map(JsonColumns::facts).orElse(null),
                    decision.map(d -> d.target().toBigDecimal()).orElse(null),
                    decision.flatMap(ClaimDecision::reason).orElse(null),
                    decision.flatMap(ClaimDecision::method).map(Enum::name).orElse(null),
                    decision.map(ClaimDecision::decidedBy).orElse(null),
                    decision.map(d -> utc(d.decidedAt())).orElse(null),
                    decision.flatMap(ClaimDecision::secondApprovedBy).orElse(null),
                    decision.flatMap(ClaimDecision::secondApprovedAt).map(JdbiPointsApplicationRepository::utc)
                            .orElse(null)));
        }
        return rows;
    }

    private static List<DeductionRow> deductionRows(PointsApplication application) {
        String id = application.id().value();
        List<DeductionRow> rows = new ArrayList<>();
        for (int position = 0; position < application.deductions().size(); position++) {
            Deduction deduction = application.deductions().get(position);
            IndicatorRef ref = deduction.indicator();
            rows.add(new DeductionRow(id, position, ref.version().value(), ref.jurisdiction().value(),
                    ref.tier().name(), ref.code().value(), deduction.level(), deduction.eventRef(),
                    deduction.eventDate(), deduction.method().name(), deduction.points().toBigDecimal(),
                    deduction.status().name(), deduction.recordedBy(), utc(deduction.recordedAt()),
                    deduction.secondApprovedBy().orElse(null)));
        }
        return rows;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // ---- rows → domain

    private static PointsApplication application(ApplicationRow row, List<ClaimRow> claims,
            List<DeductionRow> deductions) {
        Optional<Publication> publication = row.publishedOn() == null ? Optional.empty()
                : Optional.of(new Publication(row.publishedOn(), row.appealUntil(), row.publishedAt().toInstant(),
                        row.publishedBy()));
        return new PointsApplication(ApplicationId.of(row.applicationId()), PersonId.of(row.personId()),
                DivisionCode.of(row.district()), Channel.valueOf(row.channel()), row.submittedAt().toInstant(),
                row.submittedOn(), claims.stream().map(JdbiPointsApplicationRepository::claim).toList(),
                deductions.stream().map(JdbiPointsApplicationRepository::deduction).toList(), publication);
    }

    private static Claim claim(ClaimRow row) {
        IndicatorRef ref = ref(row.catalogueVersion(), row.jurisdiction(), row.tier(), row.indicatorCode());
        Optional<ClaimDecision> decision = row.decidedBy() == null ? Optional.empty()
                : Optional.of(new ClaimDecision(row.decisionApproved(),
                        Optional.ofNullable(row.decisionFacts())
                                .map(json -> JsonColumns.facts(json, "application_claim.decision_facts")),
                        Points.of(row.decisionTarget()), Optional.ofNullable(row.decisionReason()),
                        Optional.ofNullable(row.decisionMethod()).map(VerificationMethod::valueOf), row.decidedBy(),
                        row.decidedAt().toInstant(), Optional.ofNullable(row.secondApprovedBy()),
                        Optional.ofNullable(row.secondApprovedAt()).map(OffsetDateTime::toInstant)));
        Facts declared = JsonColumns.facts(row.declaredFacts(), "application_claim.declared_facts");
        return new Claim(ref, ScoringMethod.valueOf(row.scoringMethod()), Department.valueOf(row.department()),
                declared, JsonColumns.strings(row.evidence(), "application_claim.evidence"),
                ClaimStatus.valueOf(row.status()), decision);
    }

    private static Deduction deduction(DeductionRow row) {
        return new Deduction(ref(row.catalogueVersion(), row.jurisdiction(), row.tier(), row.indicatorCode()),
                row.levelCode(), row.eventRef(), row.eventDate(), VerificationMethod.valueOf(row.verificationMethod()),
                Points.of(row.points()), ClaimStatus.valueOf(row.status()), row.recordedBy(),
                row.recordedAt().toInstant(), Optional.ofNullable(row.secondApprovedBy()));
    }

    private static IndicatorRef ref(String version, String jurisdiction, String tier, String code) {
        return new IndicatorRef(CatalogueVersionId.of(version), DivisionCode.of(jurisdiction), Tier.valueOf(tier),
                IndicatorCode.of(code));
    }
}
