package org.tongxin.members.talent;

/**
 * The steps of a cultivation plan's workflow (what can be done to a plan), as
 * {@link CultivationPlan#STEPS} allows them status by status. Refusals read
 * {@code talent.plan.state.<step>}.
 */
enum PlanAction {

	/** Change the title, goal or dates. */
	EDIT,
	/** Add a step at the end. */
	ADD_STEP,
	/** Mark an open step done. */
	MARK_DONE,
	/** Close the plan as achieved. */
	COMPLETE,
	/** Close the plan as given up. */
	CANCEL,
	/** Run a closed plan again. */
	REOPEN

}
