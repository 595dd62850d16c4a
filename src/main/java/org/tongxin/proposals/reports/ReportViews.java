package org.tongxin.proposals.reports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.reports.ReportDetail.Step;
import org.tongxin.shared.security.Actor;

/** Puts a report's page together in three statements: the report, what was recorded on it, its history. */
@Service
@Transactional(readOnly = true)
public class ReportViews {

	private final ReportAccess access;

	private final ReportStore store;

	private final ReportHistory history;

	ReportViews(ReportAccess access, ReportStore store, ReportHistory history) {
		this.access = access;
		this.store = store;
		this.history = history;
	}

	public ReportDetail detail(Actor actor, long id, Locale locale) {
		Report r = access.visible(actor, id);
		List<ReportDetail.Forward> forwards = new ArrayList<>();
		List<ReportDetail.Adoption> adoptions = new ArrayList<>();
		List<ReportDetail.Instruction> instructions = new ArrayList<>();
		for (ReportStore.Part p : store.parts(id)) {
			switch (p.type()) {
				case "F" -> forwards.add(new ReportDetail.Forward(p.level(), p.who(), p.on()));
				case "A" -> adoptions.add(new ReportDetail.Adoption(p.level(), p.who(), p.on()));
				default -> instructions.add(new ReportDetail.Instruction(p.level(), p.post(), p.text(), p.on()));
			}
		}
		return new ReportDetail(r.id(), r.reportNo(), r.categoryCode(), r.categoryName(locale), r.title(), r.body(),
				r.editedTitle(), r.editedBody(), r.reporterKind(), r.reporterName(), r.status(), r.submittedAt(),
				r.reviewedAt(), r.reviewNote(), r.version(), forwards, adoptions, instructions, history.of(id),
				steps(actor, r));
	}

	/** The report's history alone (the API's events). */
	public List<ReportEvent> events(Actor actor, long id) {
		access.visible(actor, id);
		return history.of(id);
	}

	private static Set<Step> steps(Actor actor, Report r) {
		if (!ReportAccess.reviews(actor)) {
			return EnumSet.noneOf(Step.class);
		}
		return switch (r.status()) {
			case SUBMITTED -> EnumSet.of(Step.EDIT, Step.ACCEPT, Step.DECLINE);
			case ACCEPTED -> EnumSet.of(Step.EDIT, Step.FORWARD, Step.ADOPT, Step.INSTRUCT);
			case DECLINED -> EnumSet.noneOf(Step.class);
		};
	}

}
