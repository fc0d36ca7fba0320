package org.jifen.adapters.db.systemdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;

/**
 * System data in {@code system_data}, written in batches of upserts (one multi-row statement per
 * thousand records on PostgreSQL). Quantities are kept exactly to six decimal places; a quantity the
 * column cannot hold exactly is refused rather than rounded.
 */
public final class JdbiSystemDataRepository implements SystemDataRepository {

    /** The column is NUMERIC(24, 6). */
    private static final int SCALE = 6;
    private static final int INTEGER_DIGITS = 18;
    private static final int PERSONS_PER_QUERY = 50_000;

    private final JdbiTransactionRunner transactions;
    private final Dialect dialect;

    public JdbiSystemDataRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.dialect = database.dialect();
    }

    private record Key(PersonId person, IndicatorCode indicator, LocalDate asOf) {
    }

    @Override
    public void record(List<SystemDataRecord> records) {
        // the last record of a key wins within a batch, as it would arriving one by one (and one
        // multi-row upsert may not touch a row twice)
        Map<Key, SystemDataRow> rows = new LinkedHashMap<>();
        for (SystemDataRecord record : records) {
            rows.remove(new Key(record.person(), record.indicator(), record.asOf()));
            rows.put(new Key(record.person(), record.indicator(), record.asOf()), new SystemDataRow(
                    record.person().value(), record.indicator().value(), record.asOf(), exact(record.quantity())));
        }
        if (rows.isEmpty()) {
            return;
        }
        List<SystemDataRow> batch = List.copyOf(rows.values());
        transactions.useDao(SystemDataDao.class, dao -> {
            if (dialect == Dialect.POSTGRESQL) {
                dao.upsertOnPostgres(batch);
            } else {
                dao.upsertOnH2(batch);
            }
        });
    }

    @Override
    public Optional<SystemDataRecord> latest(PersonId person, IndicatorCode indicator, LocalDate on) {
        return transactions.withDao(SystemDataDao.class, dao -> dao.latest(person.value(), indicator.value(), on))
                .map(row -> new SystemDataRecord(PersonId.of(row.personId()), IndicatorCode.of(row.indicatorCode()),
                        row.quantity(), row.asOf()));
    }

    /** One query per {@value #PERSONS_PER_QUERY} persons, the ids bound as one array. */
    @Override
    public List<SystemDataRecord> latestFor(Collection<PersonId> persons, LocalDate on) {
        List<String> ids = persons.stream().map(PersonId::value).distinct().toList();
        return transactions.withDao(SystemDataDao.class, dao -> {
            List<SystemDataRecord> latest = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += PERSONS_PER_QUERY) {
                for (SystemDataRow row : dao.latestFor(ids.subList(from, Math.min(ids.size(), from + PERSONS_PER_QUERY))
                        .toArray(String[]::new), on)) {
                    latest.add(new SystemDataRecord(PersonId.of(row.personId()), IndicatorCode.of(row.indicatorCode()),
                            row.quantity(), row.asOf()));
                }
            }
            return latest;
        });
    }

    private static BigDecimal exact(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        if (stripped.scale() > SCALE || stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
            throw new InvalidValueException("INVALID_QUANTITY", "quantity",
                    "at most " + INTEGER_DIGITS + " digits before and " + SCALE + " after the decimal point, got "
                            + quantity.toPlainString());
        }
        return quantity;
    }
}
