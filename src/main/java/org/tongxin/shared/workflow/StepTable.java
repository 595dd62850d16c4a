package org.tongxin.shared.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongxin.shared.domain.Rejection;

/**
 * The one table of a workflow: which steps each status allows. The aggregate asks it before every
 * step ({@link #require}), and the access class intersects it with whose turn it is, so that the
 * knowledge of "what can happen now" is written once.
 *
 * <p>A refusal names the status in the caller's language: {@code <prefix>.state.<step>} with the
 * argument {@code <prefix>.status.<STATUS>} (e.g. 诉求当前为“已答复”，不能受理).
 *
 * @param <S> the statuses
 * @param <T> the steps
 */
public final class StepTable<S extends Enum<S>, T extends Enum<T>> {

	private final String prefix;

	private final Map<S, Set<T>> allowed;

	private StepTable(String prefix, Map<S, Set<T>> allowed) {
		this.prefix = prefix;
		this.allowed = allowed;
	}

	/** A table whose messages start with {@code prefix} (e.g. "demand"). */
	public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> of(String prefix, Class<S> statuses,
			Class<T> steps) {
		return new Builder<>(prefix, statuses, steps);
	}

	/** The steps the status allows (empty for a final status). */
	public Set<T> at(S status) {
		return allowed.get(status);
	}

	public boolean allows(S status, T step) {
		return allowed.get(status).contains(step);
	}

	/** Refuses, naming the status, unless the status allows the step. */
	public void require(S status, T step) {
		if (!allows(status, step)) {
			throw refusal(status, step);
		}
	}

	/** The refusal of a step at a status, as {@link #require} throws it. */
	public Rejection refusal(S status, T step) {
		return new Rejection("status", prefix + ".state." + step.name().toLowerCase(Locale.ROOT), label(status));
	}

	/** The status as a message argument that the error's locale resolves. */
	public DefaultMessageSourceResolvable label(S status) {
		return new DefaultMessageSourceResolvable(new String[] { prefix + ".status." + status.name() }, status.name());
	}

	/** Fills the table status by status; a status not named allows nothing. */
	public static final class Builder<S extends Enum<S>, T extends Enum<T>> {

		private final String prefix;

		private final Class<T> steps;

		private final Map<S, Set<T>> allowed;

		private Builder(String prefix, Class<S> statuses, Class<T> steps) {
			this.prefix = prefix;
			this.steps = steps;
			this.allowed = new EnumMap<>(statuses);
			for (S status : statuses.getEnumConstants()) {
				allowed.put(status, EnumSet.noneOf(steps));
			}
		}

		@SafeVarargs
		public final Builder<S, T> at(S status, T... stepsAllowed) {
			allowed.get(status).addAll(Set.of(stepsAllowed));
			return this;
		}

		/** The same steps at each of several statuses. */
		@SafeVarargs
		public final Builder<S, T> atEach(Set<S> statuses, T... stepsAllowed) {
			statuses.forEach(s -> at(s, stepsAllowed));
			return this;
		}

		public StepTable<S, T> build() {
			Map<S, Set<T>> frozen = new EnumMap<>(allowed);
			frozen.replaceAll((s, set) -> Collections.unmodifiableSet(EnumSet.copyOf(set.isEmpty() ? EnumSet.noneOf(steps) : set)));
			return new StepTable<>(prefix, Collections.unmodifiableMap(frozen));
		}

	}

}
