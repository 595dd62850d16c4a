-- The audit trail: append-only and hash-chained. Each row carries the HMAC of the row before it
-- and its own; verification recomputes the chain and reports the first row that does not match.
-- The triggers make the table append-only for the application; a superuser who disables them is
-- still caught by the chain.

CREATE TABLE audit_event (
    id          BIGSERIAL    PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64),
    target_id   VARCHAR(64),
    detail      TEXT,
    source_ip   VARCHAR(64),
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    -- one successor per record: two appends that read the same last hash cannot both commit,
    -- so the chain cannot fork even if the application's lock were bypassed
    CONSTRAINT audit_event_prev_hash_uk UNIQUE (prev_hash)
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_name, occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
