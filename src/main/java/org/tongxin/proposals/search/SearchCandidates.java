package org.tongxin.proposals.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;

/**
 * Reads the index rows that hold every gram of a query, a page at a time, newest first, for one of
 * two parts of the result: the rows whose title holds the query, then the others. Each page
 * continues after the last row of the one before (keyset on at, kind, id), so that a narrow actor
 * can read on until their page of hits is full without reading everything. How a page is read
 * depends on how common the query is in that part ({@link GramFrequencies}): a common one walks the
 * rows from the newest through the (at, kind, id) index and stops after n matches (its filter is
 * the function proposals_search_holds, which the planner can neither serve from the GIN index nor
 * misjudge as rare, V29), a rare one takes the few matches from the GIN index and sorts them. For an
 * actor who sees only the public records and a short list of their own ({@link Reach}), a page is
 * read from those alone, so that a member does not walk past the many records they may not see. Fixed SQL; the grams and the cursor are bound.
 */
@Component
class SearchCandidates {

	/** At or above this share of rows, walking the newest rows finds n matches sooner than GIN. */
	static final double WALK_FROM = 0.02;

	enum Part {

		/** Rows whose title holds every gram. */
		TITLE(GramFrequencies.Column.TITLE_GRAMS, "proposals_search_holds(title_grams, %s)", "title_grams @> %s"),
		/** Rows whose text holds every gram and whose title does not. */
		TEXT(GramFrequencies.Column.GRAMS, "proposals_search_holds(grams, %1$s) and not title_grams @> %1$s",
				"grams @> %1$s and not title_grams @> %1$s");

		private final GramFrequencies.Column column;

		private final String walk;

		private final String gin;

		private final String walkReach;

		private final String ginReach;

		Part(GramFrequencies.Column column, String walk, String gin) {
			this.column = column;
			this.walk = statement(walk, "");
			this.gin = statement(gin, FENCE);
			this.walkReach = withinReach(walk, "");
			this.ginReach = withinReach(gin, FENCE);
		}

		private static String statement(String condition, String fence) {
			return withText(arm("", condition, fence));
		}

		/**
		 * The same for an actor who sees the public rows and a short list of others: the public rows
		 * (read through their own index) and the listed ones, each ordered and limited on its own,
		 * then merged (a plain union under one limit was planned as a read of every public row).
		 */
		private static String withinReach(String condition, String fence) {
			return withText("""
					(select source_kind, source_id, at from (
					%s
					union all
					%s) u
					order by at desc, source_kind desc, source_id desc limit :n)""".formatted(
					arm("public_visible and ", condition, fence),
					arm("""
							not public_visible and (source_kind = 'PROPOSAL' and source_id = any(:reachProposals)
							  or source_kind = 'REPORT' and source_id = any(:reachReports)) and """, condition, fence)));
		}

		/** One ordered, limited read of the keys of the rows after the cursor that hold the query. */
		private static String arm(String rows, String condition, String fence) {
			return """
					(select source_kind, source_id, at from (
					  select source_kind, source_id, at from proposals_search_text
					  where %s (at, source_kind, source_id) < (:at, :kind, :id) and %s%s) a
					order by at desc, source_kind desc, source_id desc limit :n)""".formatted(rows,
					condition.formatted(QUERY), fence);
		}

		/**
		 * The page's rows with their text, for the excerpts: joined after the limit, so that the walk
		 * for title matches stays a read of its index alone.
		 */
		private static String withText(String keys) {
			return """
					select c.source_kind, c.source_id, c.at, t.content from %s c
					join proposals_search_text t on t.source_kind = c.source_kind and t.source_id = c.source_id
					order by c.at desc, c.source_kind desc, c.source_id desc""".formatted(keys);
		}

	}

	/**
	 * What an actor who does not see everything may see beyond the public rows, by kind (from the
	 * owning parts' {@code beyondPublic}); null reach for an actor for whom there is no short list.
	 */
	record Reach(List<Long> proposals, List<Long> reports) {

		Reach {
			proposals = List.copyOf(proposals);
			reports = List.copyOf(reports);
		}

	}

	private static final String QUERY = "string_to_array(:grams, ' ')";

	/**
	 * Keeps the limit out of the GIN read: seeing "limit 20" and guessing thousands of matches, the
	 * planner would walk the (at, kind, id) index hoping to stop early, and for a number (one match)
	 * walk all 1M rows (6 s). Behind OFFSET 0 the matches are read whole, then sorted.
	 */
	private static final String FENCE = "\n  offset 0";

	/** Where a part's reading stands: after this row (the start is after every row). */
	record Cursor(OffsetDateTime at, String kind, long id) {

		static final Cursor START = new Cursor(OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "~", 0);

		static Cursor after(VisibleHits.Candidate last) {
			return new Cursor(last.at(), last.kind().name(), last.id());
		}

	}

	private final JdbcClient jdbc;

	private final GramFrequencies frequencies;

	SearchCandidates(JdbcClient jdbc, GramFrequencies frequencies) {
		this.jdbc = jdbc;
		this.frequencies = frequencies;
	}

	/** Whether the query is common enough in the part to walk the newest rows. */
	boolean walks(Part part, List<Set<String>> words) {
		return frequencies.of(part.column, words) >= WALK_FROM;
	}

	/** @param reach the public rows and these only, or every row when null */
	List<VisibleHits.Candidate> page(Part part, boolean walk, Set<String> grams, Reach reach, Cursor after, int n) {
		String sql = reach == null ? (walk ? part.walk : part.gin) : (walk ? part.walkReach : part.ginReach);
		Map<String, Object> params = new HashMap<>();
		params.put("grams", String.join(" ", grams));
		params.put("at", after.at());
		params.put("kind", after.kind());
		params.put("id", after.id());
		params.put("n", n);
		if (reach != null) {
			// bound as arrays: one statement whatever the number of ids (an IN list would be a new one each time)
			params.put("reachProposals", new SqlArrayValue("bigint", reach.proposals().toArray()));
			params.put("reachReports", new SqlArrayValue("bigint", reach.reports().toArray()));
		}
		return jdbc.sql(sql).params(params)
			.query((rs, i) -> new VisibleHits.Candidate(SourceKind.valueOf(rs.getString("source_kind")),
					rs.getLong("source_id"), rs.getObject("at", OffsetDateTime.class), rs.getString("content")))
			.list();
	}

}
