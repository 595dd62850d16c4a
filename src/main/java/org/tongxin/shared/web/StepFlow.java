package org.tongxin.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.RecordSight;

/**
 * The one way a step posted from a workflow record's page is answered, always with a redirect
 * (post/redirect/get: a reload shows the page and never posts again):
 * <ul>
 * <li>taken: back to the record's page with the flow's message of a step done;</li>
 * <li>refused ({@link Rejection}): back to the page with the step's form open, its errors next to
 * their fields and what was typed ({@link RefusedForm});</li>
 * <li>stale (someone else changed the record first, {@link OptimisticLockingFailureException}): back
 * to the page as it now is, saying so, the typed text kept;</li>
 * <li>an upload that cannot be read: refused as damaged.</li>
 * </ul>
 * A record out of the actor's sight is a 404 on the way back too, whatever the step's input was.
 *
 * <p>A controller keeps one flow per kind of page and maps each step in one line:
 * <pre>
 * steps = StepFlow.onPages("/demands/", access::visible).staleSays("demand.stale").doneSays("demand.flash.done");
 * return steps.take("DECLINE", actor, id, binding, redirect, () -&gt; workflow.decline(actor, id, form.getVersion(), form.getText()));
 * </pre>
 */
public final class StepFlow {

	/** A step that leads back to its record's page. */
	@FunctionalInterface
	public interface Step {

		void take() throws IOException;

	}

	/** A step that says where it leads (another page, an anchor, a message with arguments). */
	@FunctionalInterface
	public interface Leading {

		Done take() throws IOException;

	}

	/** The page of a record, after the actor's sight of it was checked (404 otherwise). */
	@FunctionalInterface
	public interface Back {

		String pageOf(Actor actor, long id);

	}

	/** The id, within its page, of a step's form: where the browser scrolls to. */
	@FunctionalInterface
	public interface Anchor {

		String of(String step, long id);

	}

	/** Where a taken step leads, with the flash message (a code) and its arguments. */
	public record Done(String page, String message, Object... args) {
	}

	private static final Anchor STEP_ANCHOR = (step, id) -> "step-" + step.toLowerCase(Locale.ROOT);

	private final String base;

	private final Back back;

	private final Map<String, String> fields;

	private final String stale;

	private final String done;

	private final Anchor anchor;

	private StepFlow(String base, Back back, Map<String, String> fields, String stale, String done, Anchor anchor) {
		this.base = base;
		this.back = back;
		this.fields = fields;
		this.stale = stale;
		this.done = done;
		this.anchor = anchor;
	}

	/** Steps on records whose page is {@code base} + id (e.g. /demands/), seen through {@code sight}. */
	public static StepFlow onPages(String base, RecordSight sight) {
		return new StepFlow(base, (actor, id) -> {
			sight.check(actor, id);
			return base + id;
		}, Map.of(), null, null, STEP_ANCHOR);
	}

	/**
	 * Steps on a part of a record shown on the record's page (a decision's result, a plan's step):
	 * {@code back} finds the page through the part; a taken step says where it leads ({@link Leading}).
	 */
	public static StepFlow onPagesOf(Back back) {
		return new StepFlow(null, back, Map.of(), null, null, STEP_ANCHOR);
	}

	/** The form property that holds each field a rule names, where they differ (a step's reason typed into its text). */
	public StepFlow fields(Map<String, String> aliases) {
		return new StepFlow(base, back, Map.copyOf(aliases), stale, done, anchor);
	}

	/** The message (code) for a step someone else overtook; without one, a stale step is an error. */
	public StepFlow staleSays(String code) {
		return new StepFlow(base, back, fields, code, done, anchor);
	}

	/** The flash message (code) of a taken step. */
	public StepFlow doneSays(String code) {
		return new StepFlow(base, back, fields, stale, code, anchor);
	}

	/** Where on the page each step's form is: step- and the step's name in lower case, unless said otherwise. */
	public StepFlow anchoredAt(Anchor anchors) {
		return new StepFlow(base, back, fields, stale, done, anchors);
	}

	/** Takes the step on record {@code id}; answers the redirect to its page. */
	public String take(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			Step action) {
		return lead(step, actor, id, binding, redirect, () -> {
			action.take();
			return done(id);
		});
	}

	/** Takes the step on record {@code id}; answers the redirect to where it leads, or back to its form. */
	public String lead(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			Leading action) {
		Done taken;
		try {
			taken = action.take();
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, fields);
			return back(step, actor, id, binding, redirect, null);
		}
		catch (OptimisticLockingFailureException overtaken) {
			if (stale == null) {
				throw overtaken;
			}
			return back(step, actor, id, binding, redirect, stale);
		}
		catch (IOException unreadable) {
			binding.reject("upload.damaged", new Object[] { "" }, "upload.damaged");
			return back(step, actor, id, binding, redirect, null);
		}
		redirect.addFlashAttribute("flash", taken.message());
		if (taken.args().length > 0) {
			redirect.addFlashAttribute("flashArgs", taken.args());
		}
		return "redirect:" + taken.page();
	}

	/** The record's page with the flow's message: where a step leads unless it says otherwise. */
	public Done done(long id) {
		if (base == null || done == null) {
			throw new IllegalStateException("this flow's steps say where they lead");
		}
		return new Done(base + id, done);
	}

	private String back(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			String problem) {
		String page = back.pageOf(actor, id);
		return RefusedForm.backToStep(redirect, binding, page + "#" + anchor.of(step, id), step, id, problem);
	}

}
