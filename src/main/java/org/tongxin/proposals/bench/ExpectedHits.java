package org.tongxin.proposals.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hits a search should give, computed without the index: over the records' own text (the same
 * fields the index reads), with LIKE for every character pair of each Chinese run of the query (the
 * single character for a run of one) and a word-bounded match for each run of letters and digits,
 * bounded by who may see what as ADR 7 states it (staff: every non-draft proposal and every report;
 * a member: public registered-or-later proposals and their own proposals and reports).
 */
final class ExpectedHits {

	private static final String PROPOSAL_TEXT = "lower(concat_ws(E'\\n', p.proposal_no, p.title, p.proposer_name, p.body, p.reply))";

	private static final String REPORT_TEXT = """
			lower(concat_ws(E'\\n', p.report_no, coalesce(p.edited_title, p.title), p.reporter_name, p.edited_body, p.body,
			  case when p.edited_title is not null then p.title end))""";

	private final JdbcClient jdbc;

	ExpectedHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> check(String q, String user, int limit, String hits) {
		Map<String, Object> who = jdbc.sql("""
				select u.id, a.person_id from identity_user u left join members_person_account a on a.user_id = u.id
				where u.username = :user""").param("user", user).query().singleRow();
		List<Long> proposals = new ArrayList<>(List.of(-1L));
		List<Long> reports = new ArrayList<>(List.of(-1L));
		for (String hit : hits.split(",")) {
			if (hit.startsWith("PROPOSAL:")) {
				proposals.add(Long.parseLong(hit.substring(9)));
			}
			else if (hit.startsWith("REPORT:")) {
				reports.add(Long.parseLong(hit.substring(7)));
			}
		}
		boolean staff = !"member".equals(user) && !"member2".equals(user);
		Map<String, Object> params = new HashMap<>();
		String match = words(q, params);
		params.put("user", who.get("id"));
		params.put("person", who.get("person_id") == null ? -1L : who.get("person_id"));
		params.put("phrase", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
		String proposalSeen = staff ? "(p.status <> 'DRAFT' or p.author_user_id = :user)" : """
				(p.author_user_id = :user or exists (select 1 from proposals_co_signer s where s.proposal_id = p.id
				  and s.user_id = :user) or p.status <> 'DRAFT' and (p.proposer_person_id = :person
				  or p.public_visible and p.status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')))""";
		String reportSeen = staff ? "true" : "(p.author_user_id = :user or p.reporter_person_id = :person)";
		long expectedP = count("proposals_proposal", PROPOSAL_TEXT, match, proposalSeen, params, null);
		long expectedR = count("proposals_report", REPORT_TEXT, match, reportSeen, params, null);
		long foundP = count("proposals_proposal", PROPOSAL_TEXT, match, proposalSeen, params, proposals);
		long foundR = count("proposals_report", REPORT_TEXT, match, reportSeen, params, reports);
		long phraseP = countPhrase("proposals_proposal", PROPOSAL_TEXT, proposals, params);
		long phraseR = countPhrase("proposals_report", REPORT_TEXT, reports, params);
		long expected = expectedP + expectedR;
		long found = foundP + foundR;
		int returned = proposals.size() + reports.size() - 2;
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("q", q);
		result.put("user", user);
		result.put("expected", expected);
		result.put("returned", returned);
		result.put("found", found);
		result.put("recall", expected == 0 ? 1.0 : Math.round(10000.0 * found / Math.min(expected, limit)) / 10000.0);
		result.put("withPhrase", phraseP + phraseR);
		return result;
	}

	private long count(String table, String text, String match, String seen, Map<String, Object> params, List<Long> ids) {
		String sql = "select count(*) from " + table + " p where " + match.replace("TEXT", text) + " and " + seen
				+ (ids == null ? "" : " and p.id in (:ids)");
		var spec = jdbc.sql(sql).params(params);
		if (ids != null) {
			spec = spec.param("ids", ids);
		}
		return spec.query(Long.class).single();
	}

	private long countPhrase(String table, String text, List<Long> ids, Map<String, Object> params) {
		return jdbc.sql("select count(*) from " + table + " p where p.id in (:ids) and " + text + " like :phrase")
			.param("ids", ids).param("phrase", params.get("phrase")).query(Long.class).single();
	}

	/** The condition every expected hit meets, over the placeholder TEXT; values go to params. */
	static String words(String q, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		int[] points = q.toLowerCase(Locale.ROOT).codePoints().toArray();
		int i = 0;
		while (i < points.length) {
			int start = i;
			if (han(points[i])) {
				while (i < points.length && han(points[i])) {
					i++;
				}
				if (i - start == 1) {
					conditions.add(like(new String(points, start, 1), params));
				}
				for (int k = start; k + 1 < i; k++) {
					conditions.add(like(new String(points, k, 2), params));
				}
			}
			else if (Character.isLetterOrDigit(points[i])) {
				while (i < points.length && Character.isLetterOrDigit(points[i]) && !han(points[i])) {
					i++;
				}
				String name = "w" + params.size();
				params.put(name, "(^|[^a-z0-9])" + new String(points, start, i - start) + "($|[^a-z0-9])");
				conditions.add("TEXT ~ :" + name);
			}
			else {
				i++;
			}
		}
		return conditions.isEmpty() ? "false" : "(" + String.join(" and ", conditions) + ")";
	}

	private static String like(String part, Map<String, Object> params) {
		String name = "w" + params.size();
		params.put(name, "%" + part + "%");
		return "TEXT like :" + name;
	}

	private static boolean han(int codePoint) {
		return codePoint >= 0x3400 && codePoint <= 0x9fff;
	}

}
