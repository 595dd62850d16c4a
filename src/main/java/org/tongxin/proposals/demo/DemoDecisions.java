package org.tongxin.proposals.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.audit.AuditLog;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.Units;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.decisions.Decision;
import org.tongxin.proposals.decisions.DecisionBook;
import org.tongxin.proposals.decisions.DecisionDates;
import org.tongxin.proposals.decisions.DecisionDraft;
import org.tongxin.proposals.decisions.DecisionLinking;
import org.tongxin.proposals.decisions.DecisionStore;
import org.tongxin.proposals.decisions.DecisionVisibility;
import org.tongxin.proposals.decisions.Issuer;
import org.tongxin.proposals.decisions.LinkDraft;
import org.tongxin.proposals.decisions.Result;
import org.tongxin.proposals.decisions.ResultDraft;
import org.tongxin.proposals.decisions.ResultHistory;
import org.tongxin.proposals.decisions.ResultProgress;
import org.tongxin.proposals.decisions.ResultStore;
import org.tongxin.proposals.decisions.SourceDirectory;
import org.tongxin.proposals.decisions.SourceLinks;
import org.tongxin.proposals.decisions.UpdateDraft;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * Demo decisions (demo mode, empty decision table only), made through the decisions part's own
 * services on the day they happened, after the demo proposals and reports. 2021 holds the article's
 * "transformed into 21 decisions of the district party committee": 21 decisions answering 2021
 * proposals and accepted reports (a few answer two), each with implementation results updated to
 * completion, some still under way, issued by the committee, the government or both offices
 * ({@link #ARTICLE_ISSUERS}). This year holds two decisions whose results are under way.
 */
@Component
@Order(620)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	static final int ARTICLE_YEAR = 2021;

	static final int ARTICLE_DECISIONS = 21;

	/**
	 * Who issued the article year's decisions, in the order they are made: the article speaks of
	 * "decisions of the district party committee", so the committee's own documents lead (9), the
	 * government's implementing opinions follow (7) and the joint documents of both offices are
	 * fewest (5): 9 + 7 + 5 = 21.
	 */
	static final List<Issuer> ARTICLE_ISSUERS = List.of(Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT,
			Issuer.PARTY_COMMITTEE, Issuer.JOINT, Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT, Issuer.PARTY_COMMITTEE,
			Issuer.JOINT, Issuer.GOVERNMENT, Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT, Issuer.JOINT,
			Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT, Issuer.PARTY_COMMITTEE, Issuer.JOINT, Issuer.GOVERNMENT,
			Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT, Issuer.JOINT, Issuer.PARTY_COMMITTEE);

	private record Source(SourceKind kind, long id, String title, LocalDate submitted) {
	}

	private static final List<String[]> OWNERS = List.of(new String[] { "LG-JXJ", "刘洋" },
			new String[] { "LG-NYJ", "何静" }, new String[] { "LG-RSJ", "孙浩" }, new String[] { "511112100", "李明" },
			new String[] { "511112101", "张强" });

	private final DecisionStore decisions;

	private final ResultStore results;

	private final ResultHistory updates;

	private final DecisionVisibility visibility;

	private final SourceDirectory sources;

	private final UnitAccess access;

	private final Units units;

	private final UnitPicker picker;

	private final AuditLog auditLog;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DecisionDates dates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoDecisions(DecisionStore decisions, ResultStore results, ResultHistory updates, DecisionVisibility visibility, SourceDirectory sources,
			UnitAccess access, Units units, UnitPicker picker, AuditLog auditLog, UserDirectory users, JdbcClient jdbc,
			TransactionTemplate transactions, DecisionDates dates, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.dates = dates;
		this.decisions = decisions;
		this.results = results;
		this.updates = updates;
		this.visibility = visibility;
		this.sources = sources;
		this.access = access;
		this.units = units;
		this.picker = picker;
		this.auditLog = auditLog;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from proposals_decision)").query(Boolean.class).single()) {
			return;
		}
		UserSummary user = users.findByUsername("staff").orElse(null);
		if (user == null) {
			return;
		}
		Actor staff = new SystemActor(user.id(), user.username(), user.displayName(), user.homeUnitId(), DataScope.ALL,
				EnumSet.of(Privilege.DECISION_MANAGE, Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW,
						Privilege.PROPOSAL_HANDLE));
		List<Source> pool = linkable(ARTICLE_YEAR);
		int made = 0;
		for (int i = 0; i < ARTICLE_DECISIONS && !pool.isEmpty(); i++) {
			LocalDate decided = LocalDate.of(ARTICLE_YEAR, 3, 1).plusDays(14L * i);
			List<Source> answered = take(pool, decided, i % 7 == 3 ? 2 : 1, i % 4 == 1);
			if (answered.isEmpty()) {
				continue;
			}
			int n = i;
			Issuer issuer = ARTICLE_ISSUERS.get(made % ARTICLE_ISSUERS.size());
			transactions.executeWithoutResult(s -> play(n, issuer, staff, decided, answered, n % 5 == 4 ? 80 : 100));
			made++;
		}
		LocalDate today = OfficeTime.today(clock);
		List<Source> current = linkable(today.getYear());
		for (int i = 0; i < 2 && !current.isEmpty(); i++) {
			int n = ARTICLE_DECISIONS + i;
			LocalDate decided = today.minusDays(20 - 8L * i);
			List<Source> answered = take(current, decided, 1, false);
			if (!answered.isEmpty()) {
				Issuer issuer = i == 0 ? Issuer.GOVERNMENT : Issuer.PARTY_COMMITTEE;
				transactions.executeWithoutResult(s -> play(n, issuer, staff, decided, answered, 40));
				made++;
			}
		}
		log.info("Loaded {} demo decisions with their implementation results", made);
	}

	/** A decision answering the sources, with results updated twice: halfway, then to {@code reached}. */
	private void play(int n, Issuer issuer, Actor staff, LocalDate decided, List<Source> answered, int reached) {
		Instant at = OfficeTime.startOf(decided).plus(Duration.ofHours(10));
		String prefix = switch (issuer) {
			case PARTY_COMMITTEE -> "五委发";
			case GOVERNMENT -> "五府发";
			case JOINT -> "五委办发";
		};
		String subject = answered.get(0).title().replaceFirst("^关于", "").replaceFirst("(的建议|的情况)$", "");
		Decision d = book(at).create(staff, new DecisionDraft(issuer.name(), prefix + "〔" + decided.getYear() + "〕"
				+ (n + 3) + "号", "关于" + subject + "的实施意见", decided.toString(),
				"吸收建言和社情民意信息提出的意见建议，明确责任单位和完成时限。", null));
		for (Source source : answered) {
			linking(at).link(staff, d.id(), new LinkDraft(source.kind().name(), String.valueOf(source.id())));
		}
		int count = n % 3 == 0 ? 2 : 1;
		for (int r = 0; r < count; r++) {
			String[] owner = OWNERS.get((n + r) % OWNERS.size());
			Result result = progress(at).add(staff, d.id(), new ResultDraft(r == 0 ? "制定实施方案并组织实施" : "建立长效机制",
					null, owner[0], owner[1], decided.toString(), decided.plusMonths(6).toString()));
			Instant half = at.plus(Duration.ofDays(60));
			Instant end = at.plus(Duration.ofDays(reached == 100 ? 150 : 15));
			if (!half.isAfter(clock.instant())) {
				result = progress(half).update(staff, result.id(), new UpdateDraft("50", "方案已印发，已完成年度任务的一半。",
						result.version()));
			}
			if (!end.isAfter(clock.instant())) {
				progress(end).update(staff, result.id(), new UpdateDraft(String.valueOf(reached),
						reached == 100 ? "各项措施已落实到位，通过验收。" : "主体工作已完成，正在推进收尾。", result.version()));
			}
		}
	}

	/** Registered proposals and accepted reports of a year, oldest first, not yet linked to a decision. */
	private List<Source> linkable(int year) {
		return new ArrayList<>(jdbc.sql("""
				select 'PROPOSAL' as kind, p.id, p.title, p.submitted_at from proposals_proposal p
				where p.status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED') and extract(year from p.submitted_at) = :year
				union all
				select 'REPORT', r.id, coalesce(r.edited_title, r.title), r.submitted_at from proposals_report r
				where r.status = 'ACCEPTED' and extract(year from r.submitted_at) = :year
				order by 4, 2""")
			.param("year", year)
			.query((rs, i) -> new Source(SourceKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
					OfficeTime.dateOf(rs.getTimestamp(4).toInstant())))
			.list());
	}

	/** The oldest sources submitted at least three weeks before the decision: a proposal, then a report (or the other way). */
	private static List<Source> take(List<Source> pool, LocalDate decided, int count, boolean reportFirst) {
		List<Source> taken = new ArrayList<>();
		List<SourceKind> order = reportFirst ? List.of(SourceKind.REPORT, SourceKind.PROPOSAL, SourceKind.REPORT)
				: List.of(SourceKind.PROPOSAL, SourceKind.REPORT, SourceKind.PROPOSAL);
		for (SourceKind kind : order) {
			if (taken.size() == count) {
				break;
			}
			pool.stream()
				.filter(s -> s.kind() == kind && s.submitted().isBefore(decided.minusDays(21)))
				.findFirst()
				.ifPresent(s -> {
					taken.add(s);
					pool.remove(s);
				});
		}
		return taken;
	}

	private DecisionBook book(Instant at) {
		return new DecisionBook(decisions, results, updates, visibility, access, units, auditLog, dates, events,
				Clock.fixed(at, ZoneOffset.UTC));
	}

	private DecisionLinking linking(Instant at) {
		return new DecisionLinking(new SourceLinks(sources, decisions, Clock.fixed(at, ZoneOffset.UTC)), sources, decisions,
				results, visibility, book(at), auditLog);
	}

	private ResultProgress progress(Instant at) {
		return new ResultProgress(results, updates, visibility, access, picker, auditLog, events,
				Clock.fixed(at, ZoneOffset.UTC));
	}

}
