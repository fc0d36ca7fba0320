package org.jifen.application.port.in.systemdata;

import java.util.List;
import java.util.Objects;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;

/** Records from other government systems for {@code AUTO} indicators, stored all or none. */
public record RecordSystemDataCommand(Caller caller, List<SystemDataRecord> records) {

    public RecordSystemDataCommand {
        Objects.requireNonNull(caller, "caller");
        if (records == null || records.isEmpty()) {
            throw new IllegalArgumentException("at least one system-data record");
        }
        records = List.copyOf(records);
    }
}
