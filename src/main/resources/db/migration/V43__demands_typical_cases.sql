-- Cases an officer marked as typical (典型案例), with the note a work report quotes: one row per
-- marked case, beside the case rather than in it (a mark is not a step and changes no figure).
CREATE TABLE demands_typical (
    case_id        BIGINT       PRIMARY KEY REFERENCES demands_case (id) ON DELETE CASCADE,
    note           VARCHAR(500) NOT NULL,
    marked_by      BIGINT       NOT NULL,
    marked_by_name VARCHAR(200) NOT NULL,
    marked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Marking and unmarking are told in the case's history like every other act on it.
ALTER TABLE demands_event DROP CONSTRAINT demands_event_kind_ck;
ALTER TABLE demands_event ADD CONSTRAINT demands_event_kind_ck CHECK (kind IN ('SUBMITTED', 'ACCEPTED', 'DECLINED',
    'ASSIGNED', 'TRANSFERRED', 'PROGRESS', 'ANSWERED', 'RATED', 'REOPENED', 'CLOSED', 'WARNED', 'ESCALATED', 'SUPERVISED',
    'ATTACHED', 'TYPICAL_MARKED', 'TYPICAL_UNMARKED'));
