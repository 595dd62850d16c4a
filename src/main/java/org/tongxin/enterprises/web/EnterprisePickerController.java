package org.tongxin.enterprises.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.members.MemberLookup;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Suggestions while typing, each within the actor's scope: enterprises for pickers in other
 * modules' forms (JSON), and registry people for the enterprise form (datalist options).
 */
@Controller
@RequestMapping("/enterprises")
class EnterprisePickerController {

	private final Enterprises enterprises;

	private final MemberLookup people;

	EnterprisePickerController(Enterprises enterprises, MemberLookup people) {
		this.enterprises = enterprises;
		this.people = people;
	}

	/**
	 * Enterprises whose name or code contains {@code q}: any signed-in user, within their scope,
	 * since the form that links a record to an enterprise decides who may use it (the web chain
	 * admits only signed-in users).
	 */
	@GetMapping(value = "/suggest", produces = "application/json")
	@ResponseBody
	List<EnterpriseSummary> suggest(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q) {
		return enterprises.search(actor, q, 20);
	}

	/** People of the registry whose name contains the text, for the operator field: their id is the value. */
	@GetMapping("/people")
	@Requires({ Privilege.ENTERPRISE_MANAGE, Privilege.MEMBER_VIEW })
	String personOptions(@AuthenticationPrincipal Actor actor,
			@RequestParam(name = "operatorPersonId", required = false) String q, Model model) {
		model.addAttribute("people", people.search(actor, q, 20));
		return "enterprises/people-options :: people";
	}

}
