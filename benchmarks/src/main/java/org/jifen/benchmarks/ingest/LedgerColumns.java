package org.jifen.benchmarks.ingest;

import java.time.ZoneOffset;
import java.util.List;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * The columns of {@code ledger_entry} and an entry's values for them, as the db adapter stores it, for
 * the peers that write the table without the adapter (the naive INSERT and the raw COPY).
 */
public final class LedgerColumns {

    public static final List<String> NAMES = List.of("idempotency_key", "person_id", "catalogue_version",
            "jurisdiction", "tier", "indicator_code", "points", "reason", "source_kind", "source_reference", "actor",
            "recorded_at", "effective_on", "freeze_from", "freeze_until");

    private LedgerColumns() {
    }

    public static Object[] values(LedgerEntry entry) {
        return new Object[] {entry.key().value(), entry.person().value(), entry.indicator().version().value(),
            entry.indicator().jurisdiction().value(), entry.indicator().tier().name(),
            entry.indicator().code().value(), entry.points().toBigDecimal(), entry.reason().name(),
            entry.source().kind().name(), entry.source().reference(), entry.actor().value(),
            entry.recordedAt().atOffset(ZoneOffset.UTC), entry.effectiveOn(),
            entry.freeze().map(Freeze::from).orElse(null), entry.freeze().map(Freeze::until).orElse(null)};
    }

    /** One CSV line for {@code COPY … (FORMAT csv)}: text quoted, NULL as an empty field. */
    public static void csv(StringBuilder out, LedgerEntry entry) {
        Object[] values = values(entry);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value instanceof java.math.BigDecimal decimal) {
                out.append(decimal.toPlainString());
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }
}
