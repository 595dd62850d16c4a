package org.tongxin.inbox.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongxin.shared.workflow.WaitingWorkSource;

/** Every module's {@link WaitingWorkSource}, by the record type each answers for (one per type). */
@Component
class WaitingWorkSources {

	private final Map<String, WaitingWorkSource> byType;

	WaitingWorkSources(List<WaitingWorkSource> sources) {
		this.byType = sources.stream()
			.collect(Collectors.toUnmodifiableMap(WaitingWorkSource::type, Function.identity(), (a, b) -> {
				throw new IllegalStateException("two waiting-work sources for the record type " + a.type() + ": "
						+ a.getClass().getName() + " and " + b.getClass().getName());
			}));
	}

	Optional<WaitingWorkSource> of(String type) {
		return Optional.ofNullable(byType.get(type));
	}

	Collection<WaitingWorkSource> all() {
		return byType.values();
	}

}
