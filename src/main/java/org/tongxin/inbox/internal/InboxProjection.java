package org.tongxin.inbox.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.WaitingWorkSource;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * Keeps {@code inbox_item} in step with the workflows: after each step (its event, handled once its
 * transaction has committed, and again after a crash until handled) the record's items are
 * replaced by what its module says waits now. Reading the record's current state, rather than
 * applying the event, makes the refresh idempotent and indifferent to the order in which two
 * quick steps' events are handled.
 */
@Component
class InboxProjection {

	private static final Logger log = LoggerFactory.getLogger(InboxProjection.class);

	private final WaitingWorkSources sources;

	private final InboxItems items;

	private final Clock clock;

	InboxProjection(WaitingWorkSources sources, InboxItems items, Clock clock) {
		this.sources = sources;
		this.items = items;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WorkflowEvent event) {
		refresh(event.record());
	}

	/** Replaces the record's items with what waits on it now (in the caller's transaction). */
	@Transactional
	void refresh(RecordRef record) {
		WaitingWorkSource source = sources.of(record.type()).orElse(null);
		if (source == null) {
			log.warn("No waiting-work source answers for record type {}: its inbox items are left as they are",
					record.type());
			return;
		}
		items.lock(record);
		List<WaitingItem> now = source.waitingOn(record.id());
		items.replace(record, source.module(), now, clock.instant());
	}

}
