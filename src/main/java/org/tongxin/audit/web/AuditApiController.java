package org.tongxin.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.audit.AuditChainVerifier;
import org.tongxin.audit.AuditVerification;
import org.tongxin.audit.internal.AuditEntryView;
import org.tongxin.audit.internal.AuditQuery;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/** The audit trail for other systems: the page's filters as query parameters, and verification. */
@RestController
@RequestMapping("/api/v1/audit")
@Requires(Privilege.AUDIT_VIEW)
@Tag(name = "Audit", description = "The audit trail: append-only and hash-chained (AUDIT_VIEW).")
class AuditApiController {

	static final int MAX_SIZE = 200;

	private final AuditQuery query;

	private final AuditChainVerifier verifier;

	AuditApiController(AuditQuery query, AuditChainVerifier verifier) {
		this.query = query;
		this.verifier = verifier;
	}

	@Operation(summary = "Audit records, newest first", description = """
			AUDIT_VIEW. The page's filters as parameters (`from`, `to` as dates, `actor`, `action`,
			`targetType`, `targetId`); `page` from 0, `size` 1–200 (default 50). Records name the field and the
			record, never the value of a sensitive field.
			""")
	@GetMapping
	AuditPage list(AuditFilterForm filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new Rejection("page", "error.field.invalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new Rejection("size", "audit.error.size", MAX_SIZE);
		}
		return AuditPage.of(query.page(filter.toFilter(), page, size));
	}

	/** A GET for the convenience of monitoring scripts, though it appends an AUDIT_VERIFIED record. */
	@Operation(summary = "Verify the audit chain", description = """
			AUDIT_VIEW. Recomputes the chain from the first record: intact, or the first record altered or
			following a removed one. The verification itself is recorded (AUDIT_VERIFIED), so this GET appends
			to the trail.
			""")
	@GetMapping("/verify")
	AuditVerification verify() {
		return verifier.verify();
	}

	record AuditPage(List<AuditEntryView> content, int page, int size, long totalElements, int totalPages) {

		static AuditPage of(Page<AuditEntryView> page) {
			return new AuditPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
