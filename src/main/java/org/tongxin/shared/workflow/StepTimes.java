package org.tongxin.shared.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * When each kind of step last happened to one record, read from its history
 * ({@link RecordHistory#stepTimes}): what a {@link WaitingWorkSource} needs to say since when its
 * work waits (the last transfer, the last return, the last reply…).
 *
 * @param lastByKind the latest moment of each kind of step the record has had, by the kind's name
 */
public record StepTimes(Map<String, Instant> lastByKind) {

	public static final StepTimes NONE = new StepTimes(Map.of());

	public StepTimes {
		lastByKind = Map.copyOf(lastByKind);
	}

	/** The latest moment any of these kinds of step happened, or null when none has. */
	public Instant latest(Enum<?>... kinds) {
		return Stream.of(kinds)
			.map(kind -> lastByKind.get(kind.name()))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
	}

}
