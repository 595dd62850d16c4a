package org.tongxin.members.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.internal.Person;
import org.tongxin.members.talent.TalentViews.Enrolment;
import org.tongxin.members.talent.TalentViews.Project;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The elite project list (同心精英项目): projects are the department's (district-wide, created by
 * department staff); who is enrolled is per person, so each actor sees and changes only the
 * enrolments of people in their scope. Enrolling and removing are audited on the person.
 */
@Service
public class EliteProjects {

	private final ProjectStore projects;

	private final TalentAccess access;

	private final AuditLog auditLog;

	EliteProjects(ProjectStore projects, TalentAccess access, AuditLog auditLog) {
		this.projects = projects;
		this.access = access;
		this.auditLog = auditLog;
	}

	/** Every project with the people in the actor's scope enrolled in it: three statements in all. */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<Project> list(Actor actor) {
		List<ProjectStore.Row> rows = projects.all();
		List<ProjectStore.EnrolledRow> enrolled = rows.isEmpty() ? List.of() : projects.enrolled(access.scope(actor));
		Map<Long, String> units = access.unitNames(enrolled.stream().map(ProjectStore.EnrolledRow::unitId).toList());
		Map<Long, List<Enrolment>> byProject = enrolled.stream()
			.collect(Collectors.groupingBy(e -> e.enrolment().projectId(), Collectors.mapping(e -> {
				Enrolment x = e.enrolment();
				return new Enrolment(x.projectId(), x.personId(), x.personName(), units.get(e.unitId()), x.enrolledOn(),
						x.remark());
			}, Collectors.toCollection(ArrayList::new))));
		return rows.stream()
			.map(r -> new Project(r.id(), r.name(), r.year(), r.description(), byProject.getOrDefault(r.id(), List.of())))
			.toList();
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Project create(Actor actor, Drafts.ProjectDraft draft) {
		access.requireDepartment(actor);
		Values.Project values = TalentRules.project(draft);
		if (projects.exists(values.name(), values.year())) {
			throw new Rejection("name", "talent.project.taken", values.name(), values.year());
		}
		long id = projects.insert(values);
		auditLog.append(AuditRecord.of("ELITE_PROJECT_CREATED").target("elite_project", id).detail("name", values.name())
			.detail("year", values.year()));
		return new Project(id, values.name(), values.year(), values.description(), List.of());
	}

	/** Enrols a person in scope (the person is checked first: out of scope is a 404 whatever the project). */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Enrolment enrol(Actor actor, long projectId, long personId, Drafts.EnrolmentDraft draft) {
		Person person = access.person(actor, personId);
		ProjectStore.Row project = projects.find(projectId).orElseThrow(() -> new NotFoundException("elite_project", projectId));
		Values.Enrolment values = TalentRules.enrolment(draft, access.today());
		boolean added = projects.enrol(project.id(), personId, values);
		auditLog.append(AuditRecord.of("ELITE_ENROLLED").target("member", personId).detail("project", projectId)
			.detail("enrolledOn", values.enrolledOn()).detail("added", added));
		return new Enrolment(projectId, personId, person.getName(), null, values.enrolledOn(), values.remark());
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public void remove(Actor actor, long projectId, long personId) {
		access.person(actor, personId);
		if (!projects.remove(projectId, personId)) {
			throw new NotFoundException("elite_enrolment", projectId + "/" + personId);
		}
		auditLog.append(AuditRecord.of("ELITE_REMOVED").target("member", personId).detail("project", projectId));
	}

}
