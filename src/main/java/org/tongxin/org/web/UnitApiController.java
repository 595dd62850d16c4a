package org.tongxin.org.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitManagement;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.org.internal.UnitNode;
import org.tongxin.org.internal.UnitReadModel;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/** The work network as JSON. Units outside the caller's data scope answer 404, as if absent. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The organisation network: divisions and functional units, as the caller's data scope sees them (UNIT_VIEW; changes need UNIT_MANAGE).")
class UnitApiController {

	private final UnitDirectory directory;

	private final UnitReadModel read;

	private final UnitManagement management;

	UnitApiController(UnitDirectory directory, UnitReadModel read, UnitManagement management) {
		this.directory = directory;
		this.read = read;
		this.management = management;
	}

	@GetMapping
	@Operation(summary = "Children of a unit", description = """
			UNIT_VIEW. `parent`: a unit code (or id); `kind`: only these kinds (`kind=TOWNSHIP`,
			`kind=VILLAGE,PARK`). Without `parent`, the caller's visible root. A parent outside the caller's
			scope is a 404, as an unknown one: with a 竹根镇 officer's token `parent=511112` answers 404.
			""")
	List<UnitDto> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String parent,
			@RequestParam(required = false) Set<UnitKind> kind) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		if (parent == null || parent.isBlank()) {
			return List.of(dto(directory.visibleRoot(actor).id()));
		}
		List<UnitDto> children = children(actor, resolve(parent.strip()));
		return kind == null || kind.isEmpty() ? children : children.stream().filter(u -> kind.contains(u.kind())).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit", description = """
			UNIT_VIEW. 404 when unknown or outside the caller's scope.
			""")
	UnitDto get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		directory.checkVisible(actor, id);
		return dto(id);
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "The children of a unit, each with its number of children", description = """
			UNIT_VIEW. 404 when unknown or outside the caller's scope.
			""")
	List<UnitDto> children(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		directory.checkVisible(actor, id);
		return read.children(id).stream().map(UnitDto::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a functional unit", description = """
			UNIT_MANAGE, the parent within the caller's scope. Body: `parentId`, `kind` (a functional kind:
			LEADING_GROUP_MEMBER, PARK, CHAMBER, ASSOCIATION, SERVICE_STATION, EDUCATION_BASE, DEMOCRATIC_PARTY,
			OTHER; divisions come only from the division import), `name` (≤ 200), optional `code` (letters,
			digits, `-`, `_`, ≤ 32; all-digit codes are kept for divisions, `F` + digits for generated codes;
			generated when empty). The parent may be the caller's home unit. 201 with its location. 400 naming
			the field; 404 for a parent out of scope.
			""")
	ResponseEntity<UnitDto> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody UnitRequests.Create body) {
		UnitSummary created = management.create(actor, body.parentId(), body.kind(), body.name(), body.code());
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(dto(created.id()));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename a unit", description = """
			UNIT_MANAGE; below the department, only a unit below the caller's home unit (403 for the home
			unit itself). Body: `name` (≤ 200, plain text on one line: no markup, no control characters),
			optional `version` (409 when given and stale). The code and the place in the tree stay.
			""")
	UnitDto rename(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @RequestBody UnitRequests.Rename body) {
		return dto(management.rename(actor, id, body.name(), body.version()).id());
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a unit with its subtree under a new parent", description = """
			UNIT_MANAGE on both; below the department, only a unit below the caller's home unit (403 for the
			home unit itself). Body: `parentId` or `parentCode`, optional `version` (409 when stale). Refused
			(400): the root, into itself or its subtree, the same parent, a division under anything but a
			higher division. Records of every module that belong to the subtree move with it.
			""")
	UnitDto move(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UnitRequests.Move body) {
		long parentId = body.parentId() != null ? body.parentId() : parentByCode(actor, body.parentCode());
		return dto(management.move(actor, id, parentId, body.version()).id());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Take a unit out of service", description = """
			UNIT_MANAGE; below the department, only a unit below the caller's home unit (403 for the home
			unit itself). Optional body `version`. A unit is never deleted. 400 for the root or a unit with
			active children.
			""")
	UnitDto deactivate(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody(required = false) UnitRequests.Version body) {
		return dto(management.deactivate(actor, id, body == null ? null : body.version()).id());
	}

	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Put a deactivated unit back into service", description = """
			UNIT_MANAGE; below the department, only a unit below the caller's home unit (403 for the home
			unit itself). Optional body `version`. 400 while its parent is inactive.
			""")
	UnitDto reactivate(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody(required = false) UnitRequests.Version body) {
		return dto(management.reactivate(actor, id, body == null ? null : body.version()).id());
	}

	/** A code first (codes are what offices know), then an id. */
	private long resolve(String parent) {
		return directory.findByCode(parent)
			.map(UnitSummary::id)
			.or(() -> parent.chars().allMatch(Character::isDigit) && parent.length() < 19
					? directory.find(Long.parseLong(parent)).map(UnitSummary::id) : Optional.empty())
			.orElseThrow(() -> new NotFoundException("unit", parent));
	}

	private long parentByCode(Actor actor, String code) {
		if (code == null || code.isBlank()) {
			throw new Rejection("parentId", "unit.parent.required");
		}
		return directory.findByCode(code.strip())
			.filter(u -> directory.canSee(actor, u.id()))
			.orElseThrow(() -> new Rejection("parentCode", "unit.parent.notFound", code.strip()))
			.id();
	}

	private UnitDto dto(long id) {
		UnitNode node = read.node(id).orElseThrow(() -> new NotFoundException("unit", id));
		return UnitDto.of(node);
	}

}
