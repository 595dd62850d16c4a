package org.tongxin.shared.workflow;

/**
 * A step taken on a workflow record, published in the step's transaction (Spring Modulith's JDBC
 * event publication registry keeps it until every listener has handled it, across a crash). Each
 * module's past-tense events ({@code DemandAccepted}, {@code ProposalReplied}, …) implement this,
 * which is how the inbox hears every workflow without knowing any: it asks the record's
 * {@link WaitingWorkSource} what now waits.
 */
public interface WorkflowEvent {

	/** The record the step was taken on. */
	RecordRef record();

}
