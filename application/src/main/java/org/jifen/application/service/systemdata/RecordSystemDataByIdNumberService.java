package org.jifen.application.service.systemdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberUseCase;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataUseCase;
import org.jifen.application.port.in.systemdata.SystemDataLine;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;

/** Resolves the ID numbers in one set-based read, then records the data as {@link RecordSystemDataUseCase} does. */
public final class RecordSystemDataByIdNumberService implements RecordSystemDataByIdNumberUseCase {

    private final PersonRepository persons;
    private final RecordSystemDataUseCase recordSystemData;
    private final TransactionRunner transactions;

    public RecordSystemDataByIdNumberService(PersonRepository persons, RecordSystemDataUseCase recordSystemData,
            TransactionRunner transactions) {
        this.persons = persons;
        this.recordSystemData = recordSystemData;
        this.transactions = transactions;
    }

    @Override
    public int record(RecordSystemDataByIdNumberCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.SYSTEM, Role.ADMIN);
        return transactions.inTransaction(() -> {
            List<SystemDataLine> lines = command.lines();
            Map<IdNumber, Person> known = new HashMap<>();
            persons.findByIdNumbers(lines.stream().map(SystemDataLine::idNumber).distinct().toList())
                    .forEach(person -> known.put(person.idNumber(), person));
            List<SystemDataRecord> records = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                SystemDataLine line = lines.get(i);
                Person person = known.get(line.idNumber());
                if (person == null) {
                    throw new NotFoundException("PERSON_NOT_FOUND", "records[" + i + "]: no person with ID number "
                            + line.idNumber().masked());
                }
                records.add(new SystemDataRecord(person.id(), line.indicator(), line.quantity(), line.asOf()));
            }
            return recordSystemData.record(new RecordSystemDataCommand(command.caller(), records));
        });
    }
}
