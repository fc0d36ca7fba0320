package org.jifen.application.memory;

import java.util.ArrayList;
import java.util.List;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;

/**
 * A stand-in for the credit system (outside Jifen) that keeps what it was sent, once per case
 * number: for tests, demos and embedding without a connection. Not a real credit system.
 */
public final class RecordingCreditSystem implements CreditSystemPort, Snapshotting {

    private volatile List<BadCreditRecord> records = List.of();

    @Override
    public synchronized void recordBadCredit(BadCreditRecord record) {
        if (records.stream().anyMatch(r -> r.caseNumber().equals(record.caseNumber())
                && r.idNumber().equals(record.idNumber()))) {
            return;
        }
        List<BadCreditRecord> more = new ArrayList<>(records);
        more.add(record);
        records = List.copyOf(more);
    }

    /** Every record received, in order. */
    public List<BadCreditRecord> records() {
        return records;
    }

    @Override
    public Object snapshot() {
        return records;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        records = (List<BadCreditRecord>) snapshot;
    }
}
