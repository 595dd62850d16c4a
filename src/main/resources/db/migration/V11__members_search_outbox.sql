-- Member search (Hibernate Search, Lucene in-process) with outbox-polling coordination: every
-- change to a person records an index event in hsearch_outbox_event in the same transaction, and
-- a background processor applies it to the index, so a crash between the commit and the index
-- write loses nothing. hsearch_agent holds the processors (one per running node) and their shards.
-- The tables are Hibernate Search 8.2's own (its generated DDL for PostgreSQL); do not change them.

CREATE TABLE hsearch_agent (
    id                   UUID         NOT NULL PRIMARY KEY,
    name                 VARCHAR(255) NOT NULL,
    type                 VARCHAR(255) NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    state                VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    assigned_shard_index INTEGER,
    total_shard_count    INTEGER,
    tenant_id            VARCHAR(255),
    payload              BYTEA
);

CREATE TABLE hsearch_outbox_event (
    id             UUID         NOT NULL PRIMARY KEY,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER      NOT NULL,
    status         VARCHAR(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    retries        INTEGER      NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    tenant_id      VARCHAR(255),
    payload        BYTEA        NOT NULL
);
CREATE INDEX hsearch_outbox_event_process_after_idx ON hsearch_outbox_event (process_after);
