package org.jifen.application.port.in.person;

import java.util.List;
import org.jifen.domain.person.PersonId;

/** The persons imported: their new ids, in the order of the import's entries. */
public record ImportPersonsResult(List<PersonId> personIds) {

    public ImportPersonsResult {
        personIds = List.copyOf(personIds);
    }

    /** How many persons were registered. */
    public int imported() {
        return personIds.size();
    }
}
