-- Indexes the proposals benchmark at 1M records (bench/proposals, docs/performance.md "Proposals")
-- showed missing.

-- Figures: the proposals that reached a step in the period (REGISTERED, DECLINED, ...) by event kind
-- and date, without visiting every proposal's history.
CREATE INDEX proposals_event_kind_at_idx ON proposals_event (kind, at) INCLUDE (proposal_id);

-- Figures: proposals and reports submitted in the period, and reports accepted in it, with the unit
-- they are counted for, from the index alone.
CREATE INDEX proposals_proposal_submitted_unit_idx ON proposals_proposal (submitted_at)
    INCLUDE (proposer_unit_id, proposer_unit_path);
CREATE INDEX proposals_report_submitted_unit_idx ON proposals_report (submitted_at)
    INCLUDE (reporter_unit_id, reporter_unit_path);
CREATE INDEX proposals_report_accepted_idx ON proposals_report (reviewed_at)
    INCLUDE (reporter_unit_id, reporter_unit_path) WHERE status = 'ACCEPTED';
