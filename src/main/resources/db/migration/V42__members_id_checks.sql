-- The ID numbers each user who may not see ID numbers (no MEMBER_SENSITIVE_VIEW) had the registry
-- check against its records: typed on the form or the API, or read from an import. "Is this number
-- registered?" is an answer such a user cannot be spared (numbers are unique), so the answers are
-- rationed: a limit of distinct numbers per rolling window, kept by keyed hash only (never the
-- number). A number checked again refreshes its row; rows older than the window are removed.
CREATE TABLE members_id_check (
    user_id        BIGINT      NOT NULL,
    id_number_hash VARCHAR(64) NOT NULL,
    checked_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT members_id_check_pk PRIMARY KEY (user_id, id_number_hash)
);

CREATE INDEX members_id_check_user_time ON members_id_check (user_id, checked_at);
