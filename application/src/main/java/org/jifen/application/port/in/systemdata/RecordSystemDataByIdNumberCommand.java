package org.jifen.application.port.in.systemdata;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.access.Caller;

/** Records from other government systems naming persons by ID number, stored all or none. */
public record RecordSystemDataByIdNumberCommand(Caller caller, List<SystemDataLine> lines) {

    public RecordSystemDataByIdNumberCommand {
        Objects.requireNonNull(caller, "caller");
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("at least one system-data record");
        }
        lines = List.copyOf(lines);
    }
}
