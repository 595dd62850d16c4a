package org.tongxin.platform.bench;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /bench/cpu[?reset=true]}: what {@link RequestCpuMeter} counted (profile {@code bench} only). */
@RestController
@Profile("bench")
class RequestCpuController {

	private final RequestCpuMeter meter;

	RequestCpuController(RequestCpuMeter meter) {
		this.meter = meter;
	}

	@GetMapping("/bench/cpu")
	Map<String, Map<String, Long>> cpu(@RequestParam(name = "reset", defaultValue = "false") boolean reset) {
		return meter.figures(reset);
	}

}
