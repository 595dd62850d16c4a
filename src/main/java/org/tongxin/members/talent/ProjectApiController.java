package org.tongxin.members.talent;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.talent.TalentViews.Enrolment;
import org.tongxin.members.talent.TalentViews.Project;
import org.tongxin.shared.security.Actor;

/** The elite project list for other systems and scripts; the same rules as the pages (privilege, scope, audit). */
@RestController
@RequestMapping("/api/v1/members")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Talent projects", description = "Elite projects (精英项目), one per year, and who is enrolled.")
class ProjectApiController {

	private final EliteProjects projects;

	ProjectApiController(EliteProjects projects) {
		this.projects = projects;
	}

	@Operation(summary = "Every elite project with the people in the caller's scope enrolled in it", description = """
			MEMBER_VIEW.
			""")
	@GetMapping("/talent/projects")
	List<Project> list(@AuthenticationPrincipal Actor actor) {
		return projects.list(actor);
	}

	@Operation(summary = "Create a project", description = """
			MEMBER_MANAGE with data scope ALL (department staff). Body: `name`, `year` (2000–2100, one project a
			year), `description`. 201.
			""")
	@PostMapping("/talent/projects")
	@ResponseStatus(HttpStatus.CREATED)
	Project create(@AuthenticationPrincipal Actor actor, @RequestBody Drafts.ProjectDraft request) {
		return projects.create(actor, request);
	}

	@Operation(summary = "Enrol a person in a project", description = """
			MEMBER_MANAGE, the person in the caller's scope. Optional body: `enrolledOn` (default today), `remark`.
			Enrolling again changes date and remark. Audited.
			""")
	@PutMapping("/{id}/projects/{projectId}")
	Enrolment enrol(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long projectId,
			@RequestBody(required = false) Drafts.EnrolmentDraft request) {
		return projects.enrol(actor, projectId, id, request);
	}

	@Operation(summary = "Remove a person from a project", description = """
			MEMBER_MANAGE. 204; 404 when not enrolled.
			""")
	@DeleteMapping("/{id}/projects/{projectId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long projectId) {
		projects.remove(actor, projectId, id);
	}

}
