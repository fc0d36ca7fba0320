package org.jifen.adapters.db.credit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataCipher;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.domain.person.IdNumber;

/**
 * The credit system port as a transactional outbox: the credit system (信用档案) is outside Jifen, so a
 * bad-credit record is written to {@code credit_outbox} in the transaction of the clearing that causes
 * it, and an integration job forwards the {@link #pending()} records and marks them
 * {@link #markForwarded forwarded}. One record per case and person: the person is told apart by the
 * keyed hash of the ID number (the number itself is stored only encrypted), and recording the same case
 * for the same person again keeps the first record, also when two writers race.
 */
public final class JdbiCreditOutbox implements CreditSystemPort {

    private final JdbiTransactionRunner transactions;
    private final PersonalDataCipher cipher;
    private final Dialect dialect;

    public JdbiCreditOutbox(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.cipher = database.personalData();
        this.dialect = database.dialect();
    }

    @Override
    public void recordBadCredit(BadCreditRecord record) {
        String hash = cipher.lookupHash(record.idNumber().value());
        CreditOutboxRow row = new CreditOutboxRow(0, record.caseNumber(), hash,
                cipher.encrypt(record.idNumber().value(), context(record.caseNumber(), hash)), record.name(),
                record.reason(), record.reportedBy(), record.reportedAt().atOffset(ZoneOffset.UTC), null);
        transactions.useDao(CreditOutboxDao.class, dao -> {
            if (dialect == Dialect.POSTGRESQL) {
                dao.insertOnPostgres(row);
                return;
            }
            try {
                dao.insertOnH2(row);
            } catch (JdbiException failure) {
                // another transaction recorded this case and person since the NOT EXISTS (H2 keeps this
                // transaction usable after a failed statement): recorded once, as it should be
                if (!SqlFailures.isUniqueViolation(failure)) {
                    throw failure;
                }
            }
        });
    }

    /** Every record in the outbox, forwarded or not, in the order recorded. */
    public List<BadCreditRecord> records() {
        return transactions.withDao(CreditOutboxDao.class, CreditOutboxDao::all).stream().map(this::record).toList();
    }

    /** The records not yet forwarded, in the order recorded. */
    public List<PendingCreditRecord> pending() {
        return transactions.withDao(CreditOutboxDao.class, CreditOutboxDao::pending).stream()
                .map(row -> new PendingCreditRecord(row.outboxSeq(), record(row))).toList();
    }

    /** Marks a pending record forwarded; false when it was not pending (unknown, or forwarded already). */
    public boolean markForwarded(long sequence, Instant at) {
        return transactions.withDao(CreditOutboxDao.class,
                dao -> dao.markForwarded(sequence, at.atOffset(ZoneOffset.UTC))) == 1;
    }

    private BadCreditRecord record(CreditOutboxRow row) {
        return new BadCreditRecord(
                IdNumber.parse(cipher.decrypt(row.idNumberCipher(), context(row.caseNumber(), row.idNumberHash()))),
                row.name(), row.caseNumber(), row.reason(), row.reportedBy(), row.reportedAt().toInstant());
    }

    private static String context(String caseNumber, String idNumberHash) {
        return "credit_outbox.id_number:" + caseNumber + ":" + idNumberHash;
    }
}
