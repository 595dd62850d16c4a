-- Per-person change history (who changed which field, when, through what) and the person's photo.
--
-- History rows hold old and new values so that a change can be traced and put right. Values of
-- sensitive fields (ID number, phone, ethnicity, religion, political affiliation) are stored as
-- FieldCipher ciphertext (sealed = true), never in clear; the page masks them for roles without
-- MEMBER_SENSITIVE_VIEW. Rows are only ever inserted.

CREATE TABLE members_person_change (
    id            BIGSERIAL    PRIMARY KEY,
    person_id     BIGINT       NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- 0 for the platform itself (demo data); the name as it was when the change was made
    actor_user_id BIGINT       NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    field         VARCHAR(40)  NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    sealed        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT members_person_change_source_ck
        CHECK (source IN ('FORM', 'API', 'IMPORT', 'SELF_SERVICE', 'DEMO'))
);
-- a person's history, newest first
CREATE INDEX members_person_change_person_idx ON members_person_change (person_id, changed_at DESC, id DESC);

-- At most one photo per person: the re-encoded JPEG (≤ 480 px, no metadata) and its SHA-256,
-- which is also the ETag.
CREATE TABLE members_person_photo (
    person_id    BIGINT      PRIMARY KEY REFERENCES members_person (id) ON DELETE CASCADE,
    content      BYTEA       NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
