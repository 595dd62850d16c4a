-- The sessions (届次) of the people's congresses and political consultative conferences, with their
-- total seats: the registry knows who of its (non-party) people holds a seat, the department knows
-- how many seats the session has, and only both give the share of non-party members the work
-- reports quote ("区政协委员中党外人士占比达 86.86%").

CREATE TABLE members_body_session (
    id             BIGSERIAL    PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    level          VARCHAR(20)  NOT NULL,
    session_number INTEGER      NOT NULL,
    started_on     DATE         NOT NULL,
    ended_on       DATE,
    total_seats    INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT members_body_session_kind_ck CHECK (kind IN ('NPC', 'CPPCC')),
    CONSTRAINT members_body_session_level_ck CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
    CONSTRAINT members_body_session_number_ck CHECK (session_number BETWEEN 1 AND 99),
    CONSTRAINT members_body_session_seats_ck CHECK (total_seats BETWEEN 1 AND 5000),
    CONSTRAINT members_body_session_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on),
    CONSTRAINT members_body_session_uk UNIQUE (kind, level, session_number)
);
