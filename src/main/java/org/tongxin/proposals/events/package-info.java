/**
 * The past-tense events of proposals, co-signing, public-opinion reports, decisions and their
 * implementation results: one for every step, published in the step's transaction (Spring
 * Modulith's JDBC registry keeps each until every listener has handled it). Each names its record
 * ({@link org.tongxin.shared.workflow.WorkflowEvent}: "proposal", "report", "decision", "result";
 * {@link ProposalRecordTypes}) and carries ids, units, levels, dates, the actor and the instant, for
 * the inbox and the dashboards; never a person's sensitive data.
 */
@org.springframework.modulith.NamedInterface("events")
package org.tongxin.proposals.events;
