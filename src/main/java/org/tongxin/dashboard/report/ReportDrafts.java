package org.tongxin.dashboard.report;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.dashboard.internal.PeriodChoice;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;

/**
 * The edited texts of a work report kept as a draft, one per unit and period: whoever may open the
 * report of that unit saves it, and finds it again when they or a colleague open the same report.
 * The last save wins. A period under way keeps its draft from day to day, since a year, quarter or
 * month is keyed by its first day rather than by today.
 */
@Component
class ReportDrafts {

	/** A saved draft: each section's text and the figures it was written from (JSON), who saved it and when. */
	record Draft(Map<String, String> texts, Map<String, String> snapshots, String savedBy, Instant savedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportDrafts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces the draft of the unit and period with these texts and snapshots (by module). */
	@Transactional
	void save(Dashboard.Asked asked, Map<String, String> texts, Map<String, String> snapshots, Actor actor) {
		discard(asked);
		Instant now = clock.instant();
		texts.forEach((module, text) -> jdbc.sql("""
				insert into dashboard_report_draft (unit_code, period_key, module, text, snapshot, saved_by, saved_by_name,
				  saved_at) values (:unit, :period, :module, :text, :snapshot, :by, :name, :at)""")
			.param("unit", asked.unit().code())
			.param("period", key(asked.choice()))
			.param("module", module)
			.param("text", text)
			.param("snapshot", snapshots.getOrDefault(module, "{}"))
			.param("by", actor.userId())
			.param("name", actor.displayName())
			.param("at", Columns.utc(now))
			.update());
	}

	@Transactional(readOnly = true)
	Optional<Draft> find(Dashboard.Asked asked) {
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, String> snapshots = new LinkedHashMap<>();
		String[] savedBy = new String[1];
		Instant[] savedAt = new Instant[1];
		jdbc.sql("""
				select module, text, snapshot, saved_by_name, saved_at from dashboard_report_draft
				where unit_code = :unit and period_key = :period order by module""")
			.param("unit", asked.unit().code())
			.param("period", key(asked.choice()))
			.query(rs -> {
				texts.put(rs.getString("module"), rs.getString("text"));
				snapshots.put(rs.getString("module"), rs.getString("snapshot"));
				savedBy[0] = rs.getString("saved_by_name");
				savedAt[0] = Columns.instant(rs, "saved_at");
			});
		return texts.isEmpty() ? Optional.empty() : Optional.of(new Draft(texts, snapshots, savedBy[0], savedAt[0]));
	}

	@Transactional
	void discard(Dashboard.Asked asked) {
		jdbc.sql("delete from dashboard_report_draft where unit_code = :unit and period_key = :period")
			.param("unit", asked.unit().code())
			.param("period", key(asked.choice()))
			.update();
	}

	/** A year, quarter or month by its kind and first day (stable while it is under way); dates otherwise. */
	static String key(PeriodChoice choice) {
		return choice.kind() == PeriodChoice.Kind.CUSTOM ? choice.period().from() + ".." + choice.period().to()
				: choice.kind() + ":" + choice.period().from();
	}

}
