-- The inbox's queues (CaseInbox) select the cases that are a user's own to do, each part of a queue
-- by one of these partial indexes over open cases, so that a queue costs what it holds, not what
-- the case table holds (a million cases after a few years).
CREATE INDEX demands_case_to_accept_unit_idx ON demands_case (unit_id) WHERE status = 'SUBMITTED';
CREATE INDEX demands_case_to_answer_unit_idx ON demands_case (handling_unit_id) WHERE status = 'HANDLING';
CREATE INDEX demands_case_escalated_unit_idx ON demands_case (escalated_unit_id)
    WHERE escalated_unit_id IS NOT NULL AND status IN ('SUBMITTED', 'HANDLING');
CREATE INDEX demands_case_to_rate_unit_idx ON demands_case (unit_id) WHERE status = 'ANSWERED' AND requester_user_id IS NULL;
CREATE INDEX demands_case_to_rate_path_idx ON demands_case (unit_path varchar_pattern_ops)
    WHERE status = 'ANSWERED' AND requester_user_id IS NULL;
CREATE INDEX demands_case_to_rate_requester_idx ON demands_case (requester_user_id) WHERE status = 'ANSWERED';
