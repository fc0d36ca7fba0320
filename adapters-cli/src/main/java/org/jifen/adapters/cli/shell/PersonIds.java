package org.jifen.adapters.cli.shell;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;

/** Persons named by ID number on the command line or in a file, looked up through the use case. */
public final class PersonIds {

    private PersonIds() {
    }

    public static PersonLookup lookUp(JifenUseCases jifen, Caller caller, Collection<IdNumber> idNumbers) {
        Set<IdNumber> distinct = new LinkedHashSet<>(idNumbers);
        return jifen.lookUpPersons().lookUp(new PersonLookupQuery(caller, distinct));
    }

    /** The one registered person holding this ID number, or {@code PERSON_NOT_FOUND} (the number masked). */
    public static PersonId require(JifenUseCases jifen, Caller caller, IdNumber idNumber) {
        return lookUp(jifen, caller, java.util.List.of(idNumber)).personOf(idNumber).orElseThrow(() ->
                new NotFoundException("PERSON_NOT_FOUND", "no person is registered with ID number "
                        + idNumber.masked()));
    }
}
