package org.tongxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.tongxin.ActorFixtures;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/** Every way a step posted from a record's page ends: taken, refused, stale, damaged, out of sight. */
class StepFlowTest {

	/** A step's form as a page posts it. */
	public static class Form implements Serializable {

		private String text;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	private final Actor actor = ActorFixtures.actor("staff");

	private final List<Long> sightChecked = new ArrayList<>();

	private final StepFlow flow = StepFlow.onPages("/things/", (who, id) -> {
		sightChecked.add(id);
		if (id == 404) {
			throw new NotFoundException("thing", id);
		}
	}).fields(Map.of("reason", "text")).staleSays("thing.stale").doneSays("thing.done");

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	private final Form form = new Form();

	private final BindingResult binding = new BeanPropertyBindingResult(form, "stepForm");

	private Map<String, Object> flash() {
		return new java.util.HashMap<>(redirect.getFlashAttributes());
	}

	@Test
	void aTakenStepLeadsToTheRecordsPageWithTheDoneMessageWithoutCheckingSightAgain() {
		form.setText("好");
		String answer = flow.take("ACCEPT", actor, 12, binding, redirect, () -> {
		});
		assertThat(answer).isEqualTo("redirect:/things/12");
		assertThat(flash()).containsEntry("flash", "thing.done").doesNotContainKey("flashArgs");
		assertThat(sightChecked).isEmpty();
	}

	@Test
	void aStepThatSaysWhereItLeadsGoesThereWithItsMessageAndArguments() {
		String answer = flow.lead("REPLY", actor, 12, binding, redirect,
				() -> new StepFlow.Done("/things/12#reply", "thing.replied", "答复"));
		assertThat(answer).isEqualTo("redirect:/things/12#reply");
		assertThat(flash()).containsEntry("flash", "thing.replied");
		assertThat((Object[]) flash().get("flashArgs")).containsExactly("答复");
	}

	@Test
	void aRefusedStepGoesBackToItsFormWithTheErrorsNextToTheFieldsAndWhatWasTyped() {
		form.setText("<b>");
		String answer = flow.take("DECLINE", actor, 12, binding, redirect, () -> {
			throw new Rejection("reason", "thing.reason.markup");
		});
		assertThat(answer).isEqualTo("redirect:/things/12#step-decline");
		assertThat(binding.getFieldError("text").getCode()).isEqualTo("thing.reason.markup");
		assertThat(flash()).containsEntry("failedStep", "DECLINE").containsEntry("failedRecord", 12L)
			.containsEntry("stepForm", form).containsEntry(BindingResult.MODEL_KEY_PREFIX + "stepForm", binding)
			.doesNotContainKeys("stepProblem", "flash");
		assertThat(sightChecked).containsExactly(12L);
	}

	@Test
	void aStaleStepGoesBackSayingSoAndWithoutAStaleMessageItIsAnError() {
		String answer = flow.take("ANSWER", actor, 12, binding, redirect, () -> {
			throw new OptimisticLockingFailureException("changed");
		});
		assertThat(answer).isEqualTo("redirect:/things/12#step-answer");
		assertThat(flash()).containsEntry("stepProblem", "thing.stale");
		assertThatThrownBy(() -> StepFlow.onPages("/things/", (who, id) -> {
		}).doneSays("thing.done").take("ANSWER", actor, 12, binding, new RedirectAttributesModelMap(), () -> {
			throw new OptimisticLockingFailureException("changed");
		})).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anUnreadableUploadIsRefusedAsDamaged() {
		String answer = flow.take("ATTACH", actor, 12, binding, redirect, () -> {
			throw new IOException("broken pipe");
		});
		assertThat(answer).isEqualTo("redirect:/things/12#step-attach");
		assertThat(binding.getGlobalError().getCode()).isEqualTo("upload.damaged");
	}

	@Test
	void aRecordOutOfSightIsA404EvenWhenTheStepWasRefused() {
		assertThatThrownBy(() -> flow.take("DECLINE", actor, 404, binding, redirect, () -> {
			throw new Rejection("reason", "thing.reason.required");
		})).isInstanceOf(NotFoundException.class);
		assertThat(flash()).isEmpty();
	}

	@Test
	void stepsOnPartsOfARecordGoBackToTheRecordsPageAtThePartsAnchor() {
		StepFlow parts = StepFlow.onPagesOf((who, part) -> "/things/" + (part / 10)).anchoredAt((step, part) -> "part-" + part);
		assertThat(parts.take("UPDATE", actor, 125, binding, redirect, () -> {
			throw new Rejection("note", "thing.note.required");
		})).isEqualTo("redirect:/things/12#part-125");
		assertThat(flash()).containsEntry("failedRecord", 125L);
		assertThatThrownBy(() -> parts.take("UPDATE", actor, 125, binding, new RedirectAttributesModelMap(), () -> {
		})).isInstanceOf(IllegalStateException.class);
	}

}
