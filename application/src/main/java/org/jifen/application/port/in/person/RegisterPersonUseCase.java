package org.jifen.application.port.in.person;

/**
 * 人员登记: a CLERK or ADMIN whose jurisdiction covers the residence district registers a person
 * under a new person id. The residence district must be a known district; an ID number already
 * registered is refused with {@code PERSON_EXISTS}, naming the existing person id. Audited as
 * {@code PERSON_REGISTERED}. Returns the person as a masked view.
 */
public interface RegisterPersonUseCase {

    PersonView register(RegisterPersonCommand command);
}
