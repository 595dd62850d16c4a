-- The overdue sweep's record of the warnings it gave in the current step, "<status>#<round>#<LIGHT>"
-- (LIGHT: YELLOW or RED), so that each light is announced once per step whichever node notices it.
-- A new step (accepted, reopened) has another "<status>#<round>", so nothing needs clearing.
ALTER TABLE demands_case ADD COLUMN warned_mark VARCHAR(32);
