-- Proposals and reports an officer marked as typical (典型案例), with the note a work report quotes,
-- as demands_typical (V43): one row per marked record, beside it.
CREATE TABLE proposals_typical_proposal (
    proposal_id    BIGINT       PRIMARY KEY REFERENCES proposals_proposal (id) ON DELETE CASCADE,
    note           VARCHAR(500) NOT NULL,
    marked_by      BIGINT       NOT NULL,
    marked_by_name VARCHAR(200) NOT NULL,
    marked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE proposals_typical_report (
    report_id      BIGINT       PRIMARY KEY REFERENCES proposals_report (id) ON DELETE CASCADE,
    note           VARCHAR(500) NOT NULL,
    marked_by      BIGINT       NOT NULL,
    marked_by_name VARCHAR(200) NOT NULL,
    marked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
