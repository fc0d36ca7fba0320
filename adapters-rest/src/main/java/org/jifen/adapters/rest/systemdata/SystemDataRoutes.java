package org.jifen.adapters.rest.systemdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.Required;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberUseCase;
import org.jifen.application.port.in.systemdata.SystemDataLine;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.shared.InvalidValueException;

/**
 * {@code POST /api/v1/system-data}: records from other government systems for AUTO indicators, a JSON array
 * of {@code {idNumber, indicator, quantity, asOf}}, stored all or none → 201 {@code {"recorded": N}}.
 */
public final class SystemDataRoutes implements RouteSet {

    private final RecordSystemDataByIdNumberUseCase record;
    private final IdempotentWrites idempotent;

    public SystemDataRoutes(RecordSystemDataByIdNumberUseCase record, IdempotentWrites idempotent) {
        this.record = record;
        this.idempotent = idempotent;
    }

    @Override
    public void register(RouteTable routes) {
        String path = "/api/v1/system-data";
        routes.post(path, idempotent.creating(path, call -> {
            List<SystemDataRequest> given = call.bodyList(SystemDataRequest[].class);
            if (given.isEmpty()) {
                throw org.jifen.adapters.rest.shared.ApiException.badField("MISSING_FIELD", "$",
                        "at least one system-data record");
            }
            List<SystemDataLine> lines = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                String at = "[" + i + "].";
                SystemDataRequest line = Required.field(given.get(i), "[" + i + "]");
                lines.add(named(at, () -> new SystemDataLine(IdNumber.parse(Required.field(line.idNumber(), at + "idNumber")),
                        IndicatorCode.of(Required.field(line.indicator(), at + "indicator")),
                        Required.field(line.quantity(), at + "quantity"), Required.field(line.asOf(), at + "asOf"))));
            }
            int recorded = record.record(new RecordSystemDataByIdNumberCommand(call.caller(), lines));
            return ApiReply.created(Map.of("recorded", recorded));
        }));
    }

    /** A value's own check names its field without the element; name it with the element ({@code [3].idNumber}). */
    private static <T> T named(String at, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException invalid) {
            String field = invalid.field().startsWith("[") ? invalid.field() : at + invalid.field();
            throw new org.jifen.adapters.rest.shared.ApiException(400, invalid.code(), field + ": " + invalid.getMessage(),
                    List.of(new org.jifen.adapters.rest.shared.FieldError(field, invalid.getMessage())));
        }
    }
}
