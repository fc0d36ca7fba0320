package org.jifen.adapters.db.entitlement;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataCipher;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;

/**
 * Entitlements in {@code entitlement}. The beneficiary's ID number is stored only encrypted with the
 * {@link PersonalDataCipher}, bound to the entitlement's row. A round's grants ({@link #addAll}) are
 * inserted in one JDBC batch (multi-row INSERTs on PostgreSQL): all or none.
 */
public final class JdbiEntitlementRepository implements EntitlementRepository {

    private static final int IDS_PER_QUERY = 1000;
    private static final String SAVEPOINT = "entitlement_add_all";

    private final JdbiTransactionRunner transactions;
    private final PersonalDataCipher cipher;
    private final Dialect dialect;

    public JdbiEntitlementRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.cipher = database.personalData();
        this.dialect = database.dialect();
    }

    @Override
    public Optional<Entitlement> find(EntitlementId id) {
        return transactions.withDao(EntitlementDao.class, dao -> dao.find(id.value())).map(this::entitlement);
    }

    @Override
    public List<Entitlement> findByHolder(PersonId holder) {
        return transactions.withDao(EntitlementDao.class, dao -> dao.findByHolder(holder.value())).stream()
                .map(this::entitlement).toList();
    }

    @Override
    public void add(Entitlement entitlement) {
        EntitlementRow row = row(entitlement);
        transactions.useDao(EntitlementDao.class, dao -> {
            if (dao.find(row.entitlementId()).isPresent()) {
                throw duplicate(entitlement.id());
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw duplicate(entitlement.id());
                }
                throw failure;
            }
        });
    }

    @Override
    public void addAll(List<Entitlement> granted) {
        Set<EntitlementId> ids = new HashSet<>();
        for (Entitlement entitlement : granted) {
            if (!ids.add(entitlement.id())) {
                throw duplicate(entitlement.id());
            }
        }
        if (granted.isEmpty()) {
            return;
        }
        List<EntitlementRow> rows = granted.stream().map(this::row).toList();
        List<String> keys = rows.stream().map(EntitlementRow::entitlementId).toList();
        transactions.useHandle(handle -> {
            EntitlementDao dao = handle.attach(EntitlementDao.class);
            refuseExisting(existingIds(dao, keys));
            // H2 keeps the rows of a batch before a failing one: a savepoint takes them back. On
            // PostgreSQL the failure aborts the whole transaction anyway.
            boolean savepoint = dialect == Dialect.H2;
            if (savepoint) {
                handle.savepoint(SAVEPOINT);
            }
            try {
                dao.insertAll(rows);
                if (savepoint) {
                    handle.releaseSavepoint(SAVEPOINT);
                }
            } catch (JdbiException failure) {
                if (!SqlFailures.isUniqueViolation(failure)) {
                    throw failure;
                }
                // another transaction stored one of these ids since the check above
                if (savepoint) {
                    handle.rollbackToSavepoint(SAVEPOINT);
                    refuseExisting(existingIds(dao, keys));
                } else {
                    refuseExisting(transactions.withSeparateHandle(h -> existingIds(h.attach(EntitlementDao.class),
                            keys)));
                }
                throw duplicate(granted.get(0).id());
            }
        });
    }

    @Override
    public void update(Entitlement entitlement) {
        EntitlementRow row = row(entitlement);
        transactions.useDao(EntitlementDao.class, dao -> {
            if (dao.update(row) == 0) {
                throw new NotFoundException("ENTITLEMENT_NOT_FOUND", "no entitlement " + entitlement.id());
            }
        });
    }

    private static List<String> existingIds(EntitlementDao dao, List<String> ids) {
        List<String> existing = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            existing.addAll(dao.existingIds(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return existing;
    }

    private static void refuseExisting(List<String> existing) {
        if (!existing.isEmpty()) {
            throw duplicate(new EntitlementId(existing.get(0)));
        }
    }

    private static RuleRefusedException duplicate(EntitlementId id) {
        return new RuleRefusedException("DUPLICATE_ENTITLEMENT", "entitlement " + id + " exists");
    }

    private EntitlementRow row(Entitlement entitlement) {
        String id = entitlement.id().value();
        Optional<Revocation> revocation = entitlement.revocation();
        return new EntitlementRow(id, entitlement.holder().value(),
                cipher.encrypt(entitlement.beneficiary().value(), beneficiaryContext(id)),
                entitlement.beneficiaryName(), entitlement.programme(), entitlement.place(),
                utc(entitlement.grantedAt()), revocation.map(Revocation::reason).orElse(null),
                revocation.map(Revocation::caseNumber).orElse(null), revocation.map(Revocation::revokedBy).orElse(null),
                revocation.map(r -> utc(r.revokedAt())).orElse(null));
    }

    private Entitlement entitlement(EntitlementRow row) {
        String id = row.entitlementId();
        Optional<Revocation> revocation = row.revokedAt() == null ? Optional.empty()
                : Optional.of(new Revocation(row.revocationReason(), row.revocationCaseNumber(), row.revokedBy(),
                        row.revokedAt().toInstant()));
        return new Entitlement(new EntitlementId(id), PersonId.of(row.holderId()),
                IdNumber.parse(cipher.decrypt(row.beneficiaryIdNumberCipher(), beneficiaryContext(id))),
                row.beneficiaryName(), row.programme(), row.place(), row.grantedAt().toInstant(), revocation);
    }

    private static String beneficiaryContext(String entitlementId) {
        return "entitlement.beneficiary_id_number:" + entitlementId;
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
