package org.tongxin.platform.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code bench/run} needs to know about the data it measures (profile {@code bench} only):
 * {@code GET /bench/info?code=511112} gives the number of units and the id of the unit with that
 * code, so the harness depends on no business API to find its targets.
 */
@RestController
@Profile("bench")
class BenchInfoController {

	private final JdbcClient jdbc;

	BenchInfoController(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@GetMapping("/bench/info")
	Map<String, Object> info(@RequestParam(name = "code", required = false) String code) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("units", jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single());
		if (code != null) {
			info.put("unitId", jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class)
				.optional().orElse(null));
		}
		return info;
	}

}
