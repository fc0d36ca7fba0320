package org.jifen.application.port.in.person;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.access.Caller;

/** Persons to register at once (批量导入), all or none. */
public record ImportPersonsCommand(Caller caller, List<PersonRegistration> persons) {

    public ImportPersonsCommand {
        Objects.requireNonNull(caller, "caller");
        if (persons == null || persons.isEmpty()) {
            throw new IllegalArgumentException("at least one person to import");
        }
        persons = List.copyOf(persons);
    }
}
