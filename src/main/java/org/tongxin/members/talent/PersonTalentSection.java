package org.tongxin.members.talent;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.internal.Person;
import org.tongxin.members.talent.TalentViews.PersonTag;
import org.tongxin.members.talent.TalentViews.PersonTalent;
import org.tongxin.members.talent.TalentViews.Tag;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * A person's talent section (tags, plans, projects) for the detail page, in four statements: the
 * person (scope), the tag vocabulary joined with what they hold, their plans with steps, and the
 * projects joined with their enrolments.
 */
@Service
public class PersonTalentSection {

	private final TagStore tags;

	private final PlanStore plans;

	private final ProjectStore projects;

	private final TalentAccess access;

	PersonTalentSection(TagStore tags, PlanStore plans, ProjectStore projects, TalentAccess access) {
		this.tags = tags;
		this.plans = plans;
		this.projects = projects;
		this.access = access;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public PersonTalent of(Actor actor, long personId) {
		Person person = access.person(actor, personId);
		List<PersonTag> held = new ArrayList<>();
		List<Tag> others = new ArrayList<>();
		tags.forPerson(personId, held, others);
		return new PersonTalent(personId, person.getName(), held, others,
				plans.forPerson(personId, access.today()).stream().map(PlanStore.Read::plan).toList(),
				projects.forPerson(personId, person.getName()));
	}

}
