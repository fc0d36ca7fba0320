package org.jifen.application.port.in.systemdata;

import java.util.List;
import org.jifen.application.port.out.systemdata.SystemDataRecord;

/** Records from other government systems for {@code AUTO} indicators, stored all or none. */
public record RecordSystemDataCommand(List<SystemDataRecord> records) {

    public RecordSystemDataCommand {
        if (records == null || records.isEmpty()) {
            throw new IllegalArgumentException("at least one system-data record");
        }
        records = List.copyOf(records);
    }
}
