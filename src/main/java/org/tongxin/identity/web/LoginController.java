package org.tongxin.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.internal.QrCode;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.Totp;
import org.tongxin.shared.domain.Rejection;

/** The login page and the second step for administrators: a TOTP code, or enrolment first. */
@Controller
class LoginController {

	private static final String ENROLMENT_SECRET = "tongxin.totpEnrolmentSecret";

	private final SecondFactor secondFactor;

	private final AuditLog auditLog;

	LoginController(SecondFactor secondFactor, AuditLog auditLog) {
		this.secondFactor = secondFactor;
		this.auditLog = auditLog;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/login/totp")
	String totp(@AuthenticationPrincipal TongxinPrincipal principal, HttpSession session, Model model) {
		if (session.getAttribute(SessionGuardFilter.SECOND_FACTOR_PENDING) == null) {
			return "redirect:/";
		}
		if (!secondFactor.isEnrolled(principal.userId())) {
			String secret = (String) session.getAttribute(ENROLMENT_SECRET);
			if (secret == null) {
				secret = Totp.newSecret();
				session.setAttribute(ENROLMENT_SECRET, secret);
			}
			model.addAttribute("enrolmentSecret", secret);
			String uri = Totp.otpauthUri("Tongxin", principal.username(), secret);
			model.addAttribute("otpauthUri", uri);
			model.addAttribute("qrCode", QrCode.svgDataUri(uri));
		}
		return "identity/totp";
	}

	@PostMapping("/login/totp")
	String verifyTotp(@AuthenticationPrincipal TongxinPrincipal principal, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		HttpSession session = request.getSession();
		String enrolling = (String) session.getAttribute(ENROLMENT_SECRET);
		boolean passed;
		if (enrolling != null && !secondFactor.isEnrolled(principal.userId())) {
			try {
				secondFactor.enroll(principal.userId(), enrolling, code);
				passed = true;
			}
			catch (Rejection ex) {
				passed = false;
			}
		}
		else {
			passed = secondFactor.verify(principal.userId(), code);
		}
		if (!passed) {
			auditLog.append(AuditRecord.of("LOGIN_FAILURE").target("user", principal.userId()).detail("reason", "TOTP"));
			model.addAttribute("codeError", true);
			return totp(principal, session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		session.removeAttribute(SessionGuardFilter.SECOND_FACTOR_PENDING);
		request.changeSessionId();
		return "redirect:/";
	}

}
