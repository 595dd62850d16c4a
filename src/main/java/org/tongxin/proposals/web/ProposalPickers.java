package org.tongxin.proposals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.proposals.internal.ProposalInput;
import org.tongxin.proposals.internal.ProposalStore;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FieldProblems;

/** What the step forms choose by name or code: the handling units, and the proposal to merge into. */
@Component
class ProposalPickers {

	private final UnitPicker picker;

	private final ProposalStore proposals;

	ProposalPickers(UnitPicker picker, ProposalStore proposals) {
		this.picker = picker;
		this.proposals = proposals;
	}

	/**
	 * The assignment as typed: the lead and co-handling units by name or code (anywhere the actor may
	 * hand work to), and the due date, with every problem of the three named at once.
	 */
	ProposalInput.Assignment assignment(Actor actor, ProposalStepForm form) {
		FieldProblems problems = new FieldProblems("proposal");
		Long lead = unitId(actor, "leadUnitCode", "proposal.field.lead", form.getLeadUnitCode(), problems);
		List<Long> co = new ArrayList<>();
		for (String typed : form.getCoUnitCodes()) {
			Long id = unitId(actor, "coUnitCodes", "proposal.field.coUnits", typed, problems);
			if (id != null) {
				co.add(id);
			}
		}
		LocalDate due = problems.collect(form::due);
		problems.done();
		return new ProposalInput.Assignment(lead, co, due);
	}

	/** The unit typed into a field (null when empty); a problem recorded when it names no single unit. */
	private Long unitId(Actor actor, String field, String label, String typed, FieldProblems problems) {
		return problems.collect(() -> picker.pick(actor, UnitPicker.Reach.HANDLING, field, label, typed)
			.map(UnitSummary::id)
			.orElse(null));
	}

	/** The proposal of that number, or a Rejection on {@code targetNo}. */
	Long proposalId(String number) {
		if (number == null || number.isBlank()) {
			throw new Rejection("targetNo", "proposal.targetId.required");
		}
		return proposals.idOfNumber(number)
			.orElseThrow(() -> new Rejection("targetNo", "proposal.target.unknown", number.strip()));
	}

}
