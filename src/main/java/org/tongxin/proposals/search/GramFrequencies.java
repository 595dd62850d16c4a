package org.tongxin.proposals.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common a query is in the index, estimated from the statistics PostgreSQL's ANALYZE keeps of
 * the gram arrays (pg_stats: the most common elements and their frequencies, for grams and for
 * title_grams). The search walks the newest rows when a query is common (the matches come soon) and
 * asks the GIN index when it is rare (ADR 7). Grams of one query word occur together, so a word is
 * as common as its rarest gram; different words are taken as independent, so their frequencies
 * multiply. A gram outside the most common list is taken, as PostgreSQL takes it, at half the least
 * common one's frequency and at most 0.5% (a small vocabulary, such as titles, can put every
 * frequent gram in the list, and its least common one well above what a number or a name has). Without
 * statistics (a new or small database) every query counts as rare, which is right for a small
 * table. The statistics are read again every ten minutes.
 */
@Component
class GramFrequencies {

	enum Column {

		GRAMS("grams"), TITLE_GRAMS("title_grams");

		private final String name;

		Column(String name) {
			this.name = name;
		}

	}

	private static final Duration FRESH = Duration.ofMinutes(10);

	/** The share taken for a gram the statistics do not list (PostgreSQL's DEFAULT_CONTAIN_SEL). */
	private static final double UNLISTED_AT_MOST = 0.005;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GramFrequencies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The estimated share (0..1) of the index's rows whose column holds every gram of the words. */
	double of(Column column, List<Set<String>> words) {
		Stats stats = current().byColumn().get(column.name);
		if (stats == null) {
			return 0;
		}
		double share = 1;
		for (Set<String> word : words) {
			double rarest = 1;
			for (String gram : word) {
				rarest = Math.min(rarest, stats.frequencies().getOrDefault(gram, stats.floor()));
			}
			share *= rarest;
		}
		return share;
	}

	/** Reads the statistics again on the next estimate (after an ANALYZE, in tests). */
	void forget() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		Instant now = clock.instant();
		if (s == null || s.read().plus(FRESH).isBefore(now)) {
			s = new Snapshot(now, read());
			snapshot = s;
		}
		return s;
	}

	private Map<String, Stats> read() {
		Map<String, Stats> byColumn = new HashMap<>();
		jdbc.sql("""
				select attname, most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
				from pg_stats where schemaname = current_schema() and tablename = 'proposals_search_text'
				  and attname in ('grams', 'title_grams') and most_common_elems is not null""")
			.query(rs -> {
				byColumn.put(rs.getString("attname"), stats(rs));
			});
		return byColumn;
	}

	/**
	 * most_common_elem_freqs holds one frequency per element, then the least and the greatest of
	 * them and the share of null elements.
	 */
	private static Stats stats(ResultSet rs) throws SQLException {
		String[] elems = strings(rs.getArray("elems"));
		Float[] freqs = floats(rs.getArray("freqs"));
		Map<String, Double> frequencies = new HashMap<>();
		double floor = 1;
		for (int i = 0; i < elems.length && i < freqs.length; i++) {
			frequencies.put(elems[i], freqs[i].doubleValue());
			floor = Math.min(floor, freqs[i]);
		}
		return new Stats(frequencies, frequencies.isEmpty() ? 0 : Math.min(UNLISTED_AT_MOST, floor / 2));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static Float[] floats(Array array) throws SQLException {
		return array == null ? new Float[0] : (Float[]) array.getArray();
	}

	/** @param floor the share taken for a gram not in the list */
	private record Stats(Map<String, Double> frequencies, double floor) {
	}

	private record Snapshot(Instant read, Map<String, Stats> byColumn) {
	}

}
