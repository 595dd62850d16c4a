package org.tongxin.org.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.org.DivisionImport;
import org.tongxin.org.ImportProblem;
import org.tongxin.org.ImportReport;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Upload of a division file. A refused file re-renders the page with the problems (the first ones
 * on screen, all of them as a CSV download kept in the user's own session); an accepted one
 * redirects with the counts.
 */
@Controller
class DivisionImportController {

	private static final String REPORT = "org.importReport";

	private final DivisionImport divisionImport;

	private final MessageSource messages;

	DivisionImportController(DivisionImport divisionImport, MessageSource messages) {
		this.divisionImport = divisionImport;
		this.messages = messages;
	}

	/** What the session keeps for the download: the token in the link and the sheet. */
	record StoredReport(String token, byte[] csv) implements java.io.Serializable {
	}

	@GetMapping("/units/import")
	String page(@AuthenticationPrincipal Actor actor) {
		WebSupport.require(actor, Privilege.DIVISION_IMPORT);
		return "org/import";
	}

	@PostMapping("/units/import")
	String upload(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file, Model model,
			HttpSession session, Locale locale, RedirectAttributes redirect) throws IOException {
		WebSupport.require(actor, Privilege.DIVISION_IMPORT);
		if (file == null || file.isEmpty()) {
			model.addAttribute("report", ImportReport.refused(java.util.List.of(ImportProblem.ofFile("division.import.empty"))));
			return "org/import";
		}
		ImportReport report = divisionImport.importFile(actor, file.getBytes());
		if (report.accepted()) {
			redirect.addFlashAttribute("imported", report);
			return "redirect:/units/import";
		}
		StoredReport stored = new StoredReport(UUID.randomUUID().toString(),
				ImportReportCsv.write(report.problems(), messages, locale));
		session.setAttribute(REPORT, stored);
		model.addAttribute("report", report);
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("reportToken", stored.token());
		return "org/import";
	}

	@GetMapping("/units/import/report/{token}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable String token, HttpSession session) {
		WebSupport.require(actor, Privilege.DIVISION_IMPORT);
		if (!(session.getAttribute(REPORT) instanceof StoredReport stored) || !stored.token().equals(token)) {
			throw new NotFoundException("import-report", token);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("division-import-errors.csv").build().toString())
			.body(stored.csv());
	}

}
