package org.tongxin.enterprises.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.enterprises.internal.Drafts;
import org.tongxin.enterprises.internal.EnterpriseContacts;
import org.tongxin.enterprises.internal.EnterpriseRegistry;
import org.tongxin.enterprises.internal.Views;
import org.tongxin.shared.security.Actor;

/** Enterprises and their contacts for other systems and scripts; the same rules as the pages (privilege, scope, audit). */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "Enterprises served by the service stations and their contacts (ENTERPRISE_VIEW to read, ENTERPRISE_MANAGE to change; an enterprise outside the caller's scope is a 404).")
class EnterpriseApiController {

	private final EnterpriseRegistry registry;

	private final EnterpriseContacts contacts;

	EnterpriseApiController(EnterpriseRegistry registry, EnterpriseContacts contacts) {
		this.registry = registry;
		this.contacts = contacts;
	}

	/** A page of enterprises. */
	record RowPage(List<Views.Row> content, int page, int size, long totalElements, int totalPages) {

		static RowPage of(Page<Views.Row> page) {
			return new RowPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	@Operation(summary = "Enterprises in the caller's scope", description = """
			ENTERPRISE_VIEW. Filters: `q` (name or credit code contains), `unit` (code or name: its subtree),
			`park` (contains), `status` (ACTIVE, CLOSED); `page` from 0, `size` 1–100 (default 20). Each row
			counts the open and overdue measures of its plan.
			""")
	@GetMapping
	RowPage list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String park,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + EnterpriseRegistry.PAGE_SIZE) int size) {
		return RowPage.of(registry.page(actor, new EnterpriseRegistry.ListFilter(q, unit, park, status), page, size));
	}

	@Operation(summary = "Register an enterprise", description = """
			ENTERPRISE_MANAGE. Body: `name`, `creditCode` (the unified social credit code, GB 32100: 18
			characters, registration authority 1, 5, 9 or Y, check character; one enterprise per code),
			`unitCode` (a town or village in the caller's scope), `park`, `industry`, `address`,
			`operatorPersonId` (a person of the registry the caller may see), `status` (ACTIVE, CLOSED). 201.
			Audited. 400 naming each bad field, e.g. `creditCode` with the reason.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Views.Enterprise create(@AuthenticationPrincipal Actor actor, @RequestBody Drafts.EnterpriseDraft request) {
		return registry.create(actor, request);
	}

	@Operation(summary = "One enterprise", description = """
			ENTERPRISE_VIEW. 404 when unknown or outside the caller's scope.
			""")
	@GetMapping("/{id}")
	Views.Enterprise get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return registry.detail(actor, id);
	}

	@Operation(summary = "Change an enterprise", description = """
			ENTERPRISE_MANAGE. Body as register: absent fields stay, empty strings clear; `version` is required
			(409 when stale). Audited.
			""")
	@PatchMapping("/{id}")
	Views.Enterprise update(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Drafts.EnterpriseDraft request) {
		return registry.edit(actor, id, request);
	}

	@Operation(summary = "The contact people of an enterprise", description = """
			ENTERPRISE_VIEW. Phones are sealed at rest and unmasked only with MEMBER_SENSITIVE_VIEW; each such
			view is audited (ENTERPRISE_CONTACT_VIEW).
			""")
	@GetMapping("/{id}/contacts")
	List<Views.Contact> contacts(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return contacts.of(actor, id);
	}

	@Operation(summary = "Add a contact person", description = """
			ENTERPRISE_MANAGE. Body: `name` (required), `title`, `phone` (a mobile of 11 digits or a landline such
			as 0833-1234567). 201. Audited.
			""")
	@PostMapping("/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	Views.Contact addContact(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Drafts.ContactDraft request) {
		return contacts.add(actor, id, request);
	}

	@Operation(summary = "Replace a contact person's name, title and phone", description = """
			ENTERPRISE_MANAGE. An empty phone removes it. Audited.
			""")
	@PatchMapping("/contacts/{contactId}")
	Views.Contact editContact(@AuthenticationPrincipal Actor actor, @PathVariable long contactId,
			@RequestBody Drafts.ContactDraft request) {
		return contacts.edit(actor, contactId, request);
	}

	@Operation(summary = "Remove a contact person", description = """
			ENTERPRISE_MANAGE. 204. Audited.
			""")
	@DeleteMapping("/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeContact(@AuthenticationPrincipal Actor actor, @PathVariable long contactId) {
		contacts.remove(actor, contactId);
	}

}
