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
@Tag(name = "units", description = "Organisation network")
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
	@Operation(summary = "Children of a unit (parent = code or id), optionally of some kinds only "
			+ "(kind=TOWNSHIP or kind=VILLAGE,PARK); without parent, the caller's visible root")
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
	@Operation(summary = "One unit")
	UnitDto get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		directory.checkVisible(actor, id);
		return dto(id);
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "The children of a unit, each with its number of children")
	List<UnitDto> children(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		directory.checkVisible(actor, id);
		return read.children(id).stream().map(UnitDto::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a functional unit (needs UNIT_MANAGE)")
	ResponseEntity<UnitDto> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody UnitRequests.Create body) {
		UnitSummary created = management.create(actor, body.parentId(), body.kind(), body.name(), body.code());
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(dto(created.id()));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename a unit (needs UNIT_MANAGE)")
	UnitDto rename(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @RequestBody UnitRequests.Rename body) {
		return dto(management.rename(actor, id, body.name(), body.version()).id());
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a unit with its subtree under a new parent (needs UNIT_MANAGE)")
	UnitDto move(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UnitRequests.Move body) {
		long parentId = body.parentId() != null ? body.parentId() : parentByCode(actor, body.parentCode());
		return dto(management.move(actor, id, parentId, body.version()).id());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Take a unit out of service (needs UNIT_MANAGE); it is never deleted")
	UnitDto deactivate(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody(required = false) UnitRequests.Version body) {
		return dto(management.deactivate(actor, id, body == null ? null : body.version()).id());
	}

	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Put a deactivated unit back into service (needs UNIT_MANAGE)")
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
