-- Demands (诉求) handled to the end: categories with their time limits, cases, the people who
-- handle them, an append-only history of every step, and attachments.
--
-- Deadlines are dates counted in working days on the business calendar (calendar module) from the
-- stored timestamps, so a restart or a second node computes the same clock. Units and users are
-- referenced by id without foreign keys across modules (as members_person.liaison_user_id); the
-- unit paths are copies kept for scope filters (UnitMoved keeps them in step).

CREATE TABLE demands_category (
    id           BIGSERIAL    PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL,
    name_zh      VARCHAR(50)  NOT NULL,
    name_en      VARCHAR(80)  NOT NULL,
    -- working days to accept or decline after submission
    accept_days  INTEGER      NOT NULL,
    -- working days to answer after acceptance, and after a reopening ("dissatisfied")
    answer_days  INTEGER      NOT NULL,
    reopen_days  INTEGER      NOT NULL,
    -- yellow warning when this many working days or fewer remain
    warn_days    INTEGER      NOT NULL,
    -- enterprise difficulties: an amount (funds raised, loans arranged) may be recorded
    with_amount  BOOLEAN      NOT NULL DEFAULT FALSE,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order   INTEGER      NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT demands_category_code_uk UNIQUE (code),
    CONSTRAINT demands_category_days_ck CHECK (accept_days BETWEEN 0 AND 60 AND answer_days BETWEEN 1 AND 250
        AND reopen_days BETWEEN 1 AND 250 AND warn_days BETWEEN 0 AND 60)
);

INSERT INTO demands_category (code, name_zh, name_en, accept_days, answer_days, reopen_days, warn_days, with_amount, sort_order)
VALUES ('POLICY', '政策咨询', 'Policy enquiry', 1, 5, 3, 1, FALSE, 10),
       ('LIVELIHOOD', '民生保障', 'Livelihood and welfare', 2, 10, 5, 2, FALSE, 20),
       ('EMPLOYMENT', '就业创业', 'Employment and start-ups', 2, 10, 5, 2, FALSE, 30),
       ('LEGAL', '法律服务', 'Legal services', 2, 15, 7, 3, FALSE, 40),
       ('ENTERPRISE_FINANCE', '企业融资', 'Enterprise financing', 2, 20, 10, 3, TRUE, 50),
       ('ENTERPRISE_OPERATION', '企业经营困难', 'Enterprise operating difficulty', 2, 15, 7, 3, TRUE, 60),
       ('OTHER', '其他', 'Other', 2, 10, 5, 2, FALSE, 90);

CREATE TABLE demands_case (
    id                   BIGINT       PRIMARY KEY,
    case_no              VARCHAR(20)  NOT NULL,
    category_id          BIGINT       NOT NULL REFERENCES demands_category (id),
    title                VARCHAR(100) NOT NULL,
    description          TEXT         NOT NULL,
    -- the member of the registry it concerns, and/or the enterprise (enterprises module)
    person_id            BIGINT,
    enterprise_id        BIGINT,
    -- the account that sees the case as its own and rates the answer (the member's), if any
    requester_user_id    BIGINT,
    submitted_by_user_id BIGINT       NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    -- where the demand arises: the unit whose officers accept or decline it
    unit_id              BIGINT       NOT NULL,
    unit_path            VARCHAR(1000) NOT NULL,
    -- the responsible unit once assigned, with its lead handler
    handling_unit_id     BIGINT,
    handling_unit_path   VARCHAR(1000),
    lead_user_id         BIGINT,
    status               VARCHAR(16)  NOT NULL,
    round                INTEGER      NOT NULL DEFAULT 1,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    accept_due           DATE         NOT NULL,
    accepted_at          TIMESTAMP WITH TIME ZONE,
    -- the answer deadline of the current round
    due_date             DATE,
    answered_at          TIMESTAMP WITH TIME ZONE,
    closed_at            TIMESTAMP WITH TIME ZONE,
    answer               TEXT,
    rating               VARCHAR(16),
    rating_comment       VARCHAR(500),
    reopened_count       INTEGER      NOT NULL DEFAULT 0,
    -- true once any deadline of the case passed with its step undone
    ever_late            BOOLEAN      NOT NULL DEFAULT FALSE,
    -- yuan involved (funds raised, loans arranged), recorded with the answer of a with_amount category
    amount               NUMERIC(14, 2),
    -- the overdue escalation of the current step, "<status>#<round>", so that it happens once
    escalation_mark      VARCHAR(24),
    escalated_unit_id    BIGINT,
    escalated_unit_path  VARCHAR(1000),
    supervised           BOOLEAN      NOT NULL DEFAULT FALSE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT demands_case_no_uk UNIQUE (case_no),
    CONSTRAINT demands_case_status_ck CHECK (status IN ('SUBMITTED', 'DECLINED', 'HANDLING', 'ANSWERED', 'CLOSED')),
    CONSTRAINT demands_case_channel_ck CHECK (channel IN ('SELF', 'ON_BEHALF', 'STATION', 'API')),
    CONSTRAINT demands_case_rating_ck CHECK (rating IS NULL OR rating IN ('SATISFIED', 'BASIC', 'DISSATISFIED')),
    CONSTRAINT demands_case_handling_ck CHECK (status IN ('SUBMITTED', 'DECLINED')
        OR (handling_unit_id IS NOT NULL AND lead_user_id IS NOT NULL AND due_date IS NOT NULL)),
    CONSTRAINT demands_case_amount_ck CHECK (amount IS NULL OR amount >= 0)
);
CREATE SEQUENCE demands_case_id_seq OWNED BY demands_case.id;

-- the lists, newest first, and each inbox queue (partial: only open cases are in them)
CREATE INDEX demands_case_submitted_idx ON demands_case (submitted_at DESC, id DESC);
CREATE INDEX demands_case_unit_path_idx ON demands_case (unit_path varchar_pattern_ops, submitted_at DESC);
CREATE INDEX demands_case_handling_path_idx ON demands_case (handling_unit_path varchar_pattern_ops)
    WHERE handling_unit_path IS NOT NULL;
CREATE INDEX demands_case_to_accept_idx ON demands_case (unit_path varchar_pattern_ops) WHERE status = 'SUBMITTED';
CREATE INDEX demands_case_to_answer_idx ON demands_case (handling_unit_path varchar_pattern_ops) WHERE status = 'HANDLING';
CREATE INDEX demands_case_escalated_idx ON demands_case (escalated_unit_path varchar_pattern_ops)
    WHERE escalated_unit_path IS NOT NULL;
CREATE INDEX demands_case_requester_idx ON demands_case (requester_user_id, submitted_at DESC) WHERE requester_user_id IS NOT NULL;
CREATE INDEX demands_case_submitter_idx ON demands_case (submitted_by_user_id, submitted_at DESC);
CREATE INDEX demands_case_lead_idx ON demands_case (lead_user_id) WHERE status = 'HANDLING';
CREATE INDEX demands_case_person_idx ON demands_case (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX demands_case_enterprise_idx ON demands_case (enterprise_id) WHERE enterprise_id IS NOT NULL;
-- the overdue sweep looks only at open clocks
CREATE INDEX demands_case_open_clock_idx ON demands_case (status, accept_due, due_date) WHERE status IN ('SUBMITTED', 'HANDLING');

CREATE TABLE demands_co_handler (
    case_id BIGINT NOT NULL REFERENCES demands_case (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX demands_co_handler_user_idx ON demands_co_handler (user_id);

-- Every step, only ever inserted: who (0 = the platform's sweep), when, what, and the round.
CREATE TABLE demands_event (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES demands_case (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id BIGINT       NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    round         INTEGER      NOT NULL,
    note          TEXT,
    -- the unit a step sent the case to (assignment, transfer, escalation), and from where
    unit_id       BIGINT,
    from_unit_id  BIGINT,
    -- the lead handler named by an assignment or transfer
    user_id       BIGINT,
    rating        VARCHAR(16),
    due_date      DATE,
    CONSTRAINT demands_event_kind_ck CHECK (kind IN ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'ASSIGNED', 'TRANSFERRED',
        'PROGRESS', 'ANSWERED', 'RATED', 'REOPENED', 'CLOSED', 'WARNED', 'ESCALATED', 'SUPERVISED', 'ATTACHED'))
);
CREATE INDEX demands_event_case_idx ON demands_event (case_id, at, id);

-- Photos and documents, checked by content, sealed (AES-GCM) at rest: they may show ID cards.
CREATE TABLE demands_attachment (
    id           BIGSERIAL    PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES demands_case (id) ON DELETE CASCADE,
    event_id     BIGINT       REFERENCES demands_event (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content_enc  BYTEA        NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX demands_attachment_case_idx ON demands_attachment (case_id, id);

-- Privileges for databases seeded before demands existed (identity's DefaultRoles grants them on
-- an empty database).
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, g.privilege
FROM identity_role r
JOIN (VALUES ('ADMIN', 'DEMAND_VIEW'), ('ADMIN', 'DEMAND_DISPATCH'), ('ADMIN', 'DEMAND_HANDLE'),
             ('ADMIN', 'DEMAND_SUPERVISE'), ('ADMIN', 'DEMAND_CATEGORY_MANAGE'),
             ('STAFF', 'DEMAND_VIEW'), ('STAFF', 'DEMAND_DISPATCH'), ('STAFF', 'DEMAND_HANDLE'),
             ('STAFF', 'DEMAND_SUPERVISE'), ('STAFF', 'DEMAND_CATEGORY_MANAGE'),
             ('TOWN_OFFICER', 'DEMAND_VIEW'), ('TOWN_OFFICER', 'DEMAND_DISPATCH'), ('TOWN_OFFICER', 'DEMAND_HANDLE'),
             ('VILLAGE_LIAISON', 'DEMAND_VIEW'), ('VILLAGE_LIAISON', 'DEMAND_HANDLE'),
             ('MEMBER_UNIT_LIAISON', 'DEMAND_VIEW'), ('MEMBER_UNIT_LIAISON', 'DEMAND_HANDLE'),
             ('LEADER', 'DEMAND_VIEW'), ('LEADER', 'DEMAND_SUPERVISE')) AS g (code, privilege)
    ON g.code = r.code
ON CONFLICT DO NOTHING;
