package org.tongxin.platform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CPU time a request's own thread spends, per path (profile {@code bench} only). On a shared
 * machine requests per second move with everyone else's load; the CPU time of the request thread
 * moves much less, so it tells whether a change made a page cheaper. It leaves out the database's
 * share (another process) and the JVM's background threads (GC, JIT). {@code GET /bench/cpu} gives
 * count and mean microseconds per path, {@code ?reset=true} starts counting again.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class RequestCpuMeter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestCpuFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long cpu = THREADS.getCurrentThreadCpuTime();
				long wall = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					tallies.computeIfAbsent(request.getRequestURI(), path -> new Tally())
						.add(THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall);
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Count and mean microseconds (CPU of the request thread, wall clock) per path since the last reset. */
	Map<String, Map<String, Long>> figures(boolean reset) {
		Map<String, Map<String, Long>> figures = new TreeMap<>();
		tallies.forEach((path, tally) -> figures.put(path, tally.figures()));
		if (reset) {
			tallies.clear();
		}
		return figures;
	}

	private static final class Tally {

		private final LongAdder count = new LongAdder();

		private final LongAdder cpuNanos = new LongAdder();

		private final LongAdder wallNanos = new LongAdder();

		void add(long cpu, long wall) {
			count.increment();
			cpuNanos.add(cpu);
			wallNanos.add(wall);
		}

		Map<String, Long> figures() {
			long n = Math.max(1, count.sum());
			return Map.of("count", count.sum(), "cpuMicros", cpuNanos.sum() / n / 1000, "wallMicros", wallNanos.sum() / n / 1000);
		}

	}

}
