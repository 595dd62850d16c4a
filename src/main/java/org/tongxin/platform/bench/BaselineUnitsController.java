package org.tongxin.platform.bench;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The benchmark baseline (profile {@code bench} only): {@code GET /bench/baseline/units?parent=code}
 * renders the children of a unit as a bare HTML table, {@code GET /bench/baseline/units.json}
 * returns the same rows as JSON. No template engine, no layout, no data scope: the floor that the
 * real list page and API are compared with in {@code bench/run}.
 */
@Controller
@Profile("bench")
class BaselineUnitsController {

	private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final BaselineUnitQuery query;

	BaselineUnitsController(BaselineUnitQuery query) {
		this.query = query;
	}

	@GetMapping("/bench/baseline/units")
	ResponseEntity<String> html(@RequestParam("parent") String parent) {
		return ResponseEntity.ok().contentType(HTML_UTF8).body(BaselineHtml.render(query.childrenOf(parent)));
	}

	@GetMapping(path = "/bench/baseline/units.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<BaselineUnit> json(@RequestParam("parent") String parent) {
		return query.childrenOf(parent);
	}

}
