package org.jifen.adapters.db.credit;

import java.util.Objects;
import org.jifen.application.port.out.credit.BadCreditRecord;

/** A bad-credit record waiting in the outbox to be forwarded, with its place in the outbox. */
public record PendingCreditRecord(long sequence, BadCreditRecord record) {

    public PendingCreditRecord {
        Objects.requireNonNull(record, "record");
    }
}
