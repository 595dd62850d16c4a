package org.tongxin.members.export;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletResponse;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.web.MemberFilterForm;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.XlsxDownload;

/** The member list as an Excel file for scripts: the list API's filters, the same scope and masks. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Member export", description = "The member list as an Excel file, with the list's filters, scope and masks.")
class MemberExportApiController {

	private final MemberExport export;

	MemberExportApiController(MemberExport export) {
		this.export = export;
	}

	@Operation(summary = "The member list as xlsx", description = """
			MEMBER_VIEW and MEMBER_EXPORT. The filters of `GET /api/v1/members`, without paging: every matching
			person, streamed. Sensitive fields are unmasked only with MEMBER_SENSITIVE_VIEW (without it the ID
			number shows its first 4 characters and the birth date column only the year); each export is
			audited (SENSITIVE_EXPORT when values left unmasked, MEMBER_EXPORT otherwise) with the filter and the
			row count. Column headers in the `Accept-Language` (zh default, en). The file can be edited and
			imported back (`POST /api/v1/members/imports`).
			""")
	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @ParameterObject MemberFilterForm filterForm, Locale locale,
			HttpServletResponse response) throws IOException {
		MemberFilter filter = filterForm.toFilter();
		export.export(actor, filter, locale, day -> XlsxDownload.open(response, "members-" + day, "统战对象-" + day));
	}

}
