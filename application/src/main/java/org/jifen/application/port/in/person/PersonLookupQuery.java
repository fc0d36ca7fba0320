package org.jifen.application.port.in.person;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.IdNumber;

/** The persons holding these ID numbers (按身份证号查找), e.g. the lines of an operator's file. */
public record PersonLookupQuery(Caller caller, Set<IdNumber> idNumbers) {

    public PersonLookupQuery {
        Objects.requireNonNull(caller, "caller");
        idNumbers = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(idNumbers,
                "idNumbers")));
    }

    public static PersonLookupQuery of(Caller caller, Collection<IdNumber> idNumbers) {
        return new PersonLookupQuery(caller, new LinkedHashSet<>(idNumbers));
    }
}
