package org.tongxin.demands.sla;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.demands.DemandCategory;

/**
 * The demand categories, read once and kept (a handful of rows every case page needs); {@link #reload}
 * after a change. Another node sees a change after its next reload; deadlines already set never
 * move, so a stale read on one node can only affect the limits given to a new case.
 */
@Component
public class Categories {

	private final JdbcClient jdbc;

	private final AtomicReference<Map<Long, DemandCategory>> cache = new AtomicReference<>();

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every category by id, inactive ones included (old cases keep theirs), in display order. */
	public Map<Long, DemandCategory> all() {
		var all = cache.get();
		if (all == null) {
			all = load();
			cache.set(all);
		}
		return all;
	}

	public List<DemandCategory> active() {
		return all().values().stream().filter(DemandCategory::active).toList();
	}

	public Optional<DemandCategory> find(long id) {
		return Optional.ofNullable(all().get(id));
	}

	public Optional<DemandCategory> findByCode(String code) {
		return all().values().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public void reload() {
		cache.set(null);
	}

	private Map<Long, DemandCategory> load() {
		return jdbc.sql("""
				select id, code, name_zh, name_en, accept_days, answer_days, reopen_days, warn_days, with_amount, active
				from demands_category order by sort_order, id""")
			.query((rs, n) -> new DemandCategory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10)))
			.list()
			.stream()
			.collect(Collectors.toMap(DemandCategory::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
