-- The proposer's grades on a FEEDBACK step, kept with the step, so that the feedback of every round
-- stays readable after a re-handling replaces the proposal's current feedback:
-- "<contacted>,<attitude>,<adoption>,<result>", e.g. "true,SATISFIED,PARTLY,DISSATISFIED".
ALTER TABLE proposals_event ADD COLUMN grades VARCHAR(64);
