package org.tongxin.shared.workflow;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * A module's answer to "what waits on this record now?", derived from the record's state (never
 * stored twice): the inbox asks it after each {@link WorkflowEvent} and when it builds its list for
 * the first time. A module implements this once per type of workflow record and publishes its events;
 * the inbox needs no change.
 */
public interface WaitingWorkSource {

	/** The module the records belong to ("demands", "proposals", "members"), for grouping and filters. */
	String module();

	/** The type of record it answers for, as its events' {@link RecordRef#type()} gives it. */
	String type();

	/** What waits on the record now, for whom; empty when nothing does (closed, or unknown id). */
	List<WaitingItem> waitingOn(long recordId);

	/** Every record that may have waiting work (the open ones), for a first build of the inbox. */
	void forEachOpenRecord(LongConsumer recordId);

}
