package org.tongxin.shared.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;

/**
 * A refused form posted from a record's page goes back to that page (post/redirect/get) rather than
 * being rendered at the address it was posted to: a reload then shows the page instead of posting
 * again, and the address bar holds the page, not an action URL that answers only POST. What was
 * typed and the errors travel as flash attributes (kept in the session for the next request only);
 * the page's GET handler adds a blank form only when none came back
 * ({@code model.containsAttribute}). Forms kept this way are {@link java.io.Serializable}, as the
 * session store requires.
 */
public final class RefusedForm {

	private RefusedForm() {
	}

	/** Keeps the form bound in {@code binding} (with its errors) for the page the redirect leads to. */
	public static void keep(RedirectAttributes redirect, BindingResult binding) {
		redirect.addFlashAttribute(binding.getObjectName(), binding.getTarget());
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), binding);
	}

	/**
	 * Keeps the form of a refused step of a record's page and answers the redirect back to the step
	 * on that page: the page reopens the step named {@code failedStep} (of the record
	 * {@code failedRecord}, where a page holds the steps of several) and shows {@code stepProblem} (a
	 * message code, for a step that was stale rather than wrong) if any. Only {@link StepFlow} calls
	 * it (ConventionsTests): every workflow page answers its steps that one way.
	 * @param target the record's page with the anchor of the step's form, e.g. /proposals/12#step-reply
	 */
	public static String backToStep(RedirectAttributes redirect, BindingResult binding, String target, String step,
			long record, String problem) {
		keep(redirect, binding);
		redirect.addFlashAttribute("failedStep", step);
		redirect.addFlashAttribute("failedRecord", record);
		if (problem != null) {
			redirect.addFlashAttribute("stepProblem", problem);
		}
		return "redirect:" + target;
	}

	/** As {@link #keep(RedirectAttributes, BindingResult)}, with the rejection's problems bound first. */
	public static void keep(RedirectAttributes redirect, BindingResult binding, Rejection rejection,
			java.util.Map<String, String> aliases) {
		FormErrors.bind(rejection, binding, aliases);
		keep(redirect, binding);
	}

}
