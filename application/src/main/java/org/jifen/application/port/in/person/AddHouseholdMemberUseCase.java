package org.jifen.application.port.in.person;

/**
 * 添加家庭成员: a CLERK or ADMIN covering the person's residence district adds a spouse or child. The
 * same ID number twice, the person themself or a second spouse is refused ({@code DUPLICATE_MEMBER}); a
 * member person id must name a registered person with that ID number. Audited as
 * {@code HOUSEHOLD_MEMBER_ADDED}. Returns the person as a masked view.
 */
public interface AddHouseholdMemberUseCase {

    PersonView addMember(AddHouseholdMemberCommand command);
}
