package org.tongxin.proposals.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.security.Actor;

/** Puts a report's page together in three statements: the report, what was recorded on it, its history. */
@Service
@Transactional(readOnly = true)
public class ReportViews {

	private final ReportAccess access;

	private final ReportStore store;

	private final ReportHistory history;

	private final TypicalReports typical;

	ReportViews(ReportAccess access, ReportStore store, ReportHistory history, TypicalReports typical) {
		this.typical = typical;
		this.access = access;
		this.store = store;
		this.history = history;
	}

	public ReportDetail detail(Actor actor, long id, Locale locale) {
		Report r = access.visible(actor, id);
		ReportDetail.Filing filing = new ReportDetail.Filing(r.category().code(), r.category().name(locale),
				r.reporter().kind(), r.reporter().name(), r.submittedAt());
		return new ReportDetail(r.id(), r.reportNo(), filing, r.text(), r.status(), r.review(), r.version(), recorded(id),
				history.of(id), ReportAccess.steps(actor, r), typical.find(id).orElse(null), ReportAccess.reviews(actor));
	}

	private ReportDetail.Recorded recorded(long id) {
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
		return new ReportDetail.Recorded(forwards, adoptions, instructions);
	}

	/** The report's history alone (the API's events). */
	public List<ReportEvent> events(Actor actor, long id) {
		access.visible(actor, id);
		return history.of(id);
	}

}
