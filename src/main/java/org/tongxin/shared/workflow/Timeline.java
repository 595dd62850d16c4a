package org.tongxin.shared.workflow;

import java.util.List;

/**
 * The steps of one or more records (by record id, each record's oldest first), and
 * the files those steps brought.
 *
 * @param <E> the module's step type
 */
public record Timeline<E>(List<E> steps, List<Attachment> files) {

	public Timeline {
		steps = List.copyOf(steps);
		files = List.copyOf(files);
	}

	/** The files the step with that id brought, in the order they were stored. */
	public List<Attachment> filesOf(long stepId) {
		return files.stream().filter(f -> f.eventId() != null && f.eventId() == stepId).toList();
	}

}
