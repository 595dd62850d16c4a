package org.tongxin.members.internal;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Through what a change to a person came, for their history. Writers do not pass it along every
 * call: {@link #current()} tells it from the request (an API path or a page), and work that is
 * neither (the Excel import, members' own profiles) names itself with {@link #during}.
 */
public enum ChangeSource {

	FORM, API, IMPORT, SELF_SERVICE, DEMO;

	private static final ThreadLocal<ChangeSource> BOUND = new ThreadLocal<>();

	/**
	 * The bound source, else API or FORM by the request path. Without a request and unbound it is
	 * the demo registry, the only writer outside a request today; a batch job binds its own.
	 */
	public static ChangeSource current() {
		ChangeSource bound = BOUND.get();
		if (bound != null) {
			return bound;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			String path = request.getRequest().getRequestURI().substring(request.getRequest().getContextPath().length());
			return path.startsWith("/api/") ? API : FORM;
		}
		return DEMO;
	}

	/** Runs {@code work} with this source bound, e.g. {@code ChangeSource.IMPORT.during(() -> writer.create(...))}. */
	public <T> T during(Supplier<T> work) {
		ChangeSource outer = BOUND.get();
		BOUND.set(this);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				BOUND.remove();
			}
			else {
				BOUND.set(outer);
			}
		}
	}

}
