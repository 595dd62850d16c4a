-- Representative posts (代表人士安排): NPC deputies and CPPCC members by level and session (届次),
-- and posts in associations and chambers. Several per person; ended_on is null while serving.
-- For NPC and CPPCC the body is implied by kind + level, so only association posts name one.

CREATE TABLE members_post (
    id             BIGSERIAL    PRIMARY KEY,
    person_id      BIGINT       NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL,
    level          VARCHAR(20),
    session_number INTEGER,
    organisation   VARCHAR(200),
    sector         VARCHAR(100),
    position       VARCHAR(100) NOT NULL,
    started_on     DATE         NOT NULL,
    ended_on       DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT members_post_kind_ck CHECK (kind IN ('NPC', 'CPPCC', 'ASSOCIATION_POST')),
    CONSTRAINT members_post_level_ck CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
    -- the rules refuse these first; the constraints keep a bulk update or a script honest too
    CONSTRAINT members_post_session_ck CHECK (kind = 'ASSOCIATION_POST' OR (level IS NOT NULL AND session_number IS NOT NULL)),
    CONSTRAINT members_post_organisation_ck CHECK (kind <> 'ASSOCIATION_POST' OR organisation IS NOT NULL),
    CONSTRAINT members_post_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX members_post_person_idx ON members_post (person_id);
-- ending a session: the open posts of one kind, level and session
CREATE INDEX members_post_session_idx ON members_post (kind, level, session_number, ended_on);
