package org.jifen.application.port.in.person;

/**
 * Reads a person: the applicant themself, or staff whose jurisdiction covers the person's residence
 * district. ID numbers (the person's and the household's) and the phone are masked
 * ({@code 330203********1232}, {@code 138****5678}) unless {@code reveal} is asked by a role allowed to
 * see them whole; each such reveal is audited as {@code PERSONAL_DATA_REVEALED}, and a reveal asked by
 * another role is refused ({@code FORBIDDEN}).
 */
public interface GetPersonUseCase {

    PersonView get(PersonQuery query);
}
