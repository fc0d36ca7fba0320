package org.jifen.domain.person;

import org.jifen.domain.shared.DomainException;

/** A person with this id or ID number is already registered. */
public final class PersonExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient PersonId existing;

    public PersonExistsException(PersonId existing) {
        super("PERSON_EXISTS", "this person is already registered as " + existing);
        this.existing = existing;
    }

    /** The same, with a message saying where (e.g. which entry of an import) the person was named again. */
    public PersonExistsException(PersonId existing, String message) {
        super("PERSON_EXISTS", message);
        this.existing = existing;
    }

    public PersonId existing() {
        return existing;
    }
}
