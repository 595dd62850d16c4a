-- The inbox (我的待办): what waits, for whom, as each workflow says after every step. A projection:
-- the owning modules hold the truth (WaitingWorkSource), these rows are rebuilt from it at will.
-- One row per piece of work and addressee; reach says how the addressee is matched to a user:
--   USER        user_id
--   UNIT        holders of privilege whose home unit is unit_id
--   DOMAIN      holders of privilege whose domain holds the unit (unit and below: unit_path under
--               their home unit's path; otherwise their home unit is unit_id)
--   DEPLOYMENT  holders of privilege whose scope is everything
CREATE TABLE inbox_item (
    id           BIGSERIAL   PRIMARY KEY,
    record_type  TEXT        NOT NULL,
    record_id    BIGINT      NOT NULL,
    module       TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    number       TEXT,
    title        TEXT        NOT NULL,
    link         TEXT        NOT NULL,
    deadline     DATE,
    warn_from    DATE,
    show_from    DATE,
    reach        TEXT        NOT NULL CHECK (reach IN ('USER', 'UNIT', 'DOMAIN', 'DEPLOYMENT')),
    user_id      BIGINT,
    privilege    TEXT,
    unit_id      BIGINT,
    unit_path    TEXT,
    waiting_since TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX inbox_item_record ON inbox_item (record_type, record_id);
CREATE INDEX inbox_item_user ON inbox_item (user_id) WHERE reach = 'USER';
CREATE INDEX inbox_item_unit ON inbox_item (privilege, unit_id) WHERE reach IN ('UNIT', 'DOMAIN');
CREATE INDEX inbox_item_domain_path ON inbox_item (privilege, unit_path text_pattern_ops) WHERE reach = 'DOMAIN';
CREATE INDEX inbox_item_deployment ON inbox_item (privilege) WHERE reach = 'DEPLOYMENT';

-- The record types whose open records have been read into the inbox once; a type that appears
-- later (a new module) is read on the next start.
CREATE TABLE inbox_source (
    record_type TEXT PRIMARY KEY,
    built_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
