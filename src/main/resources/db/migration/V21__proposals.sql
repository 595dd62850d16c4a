-- Proposals (建言献策) and public-opinion reports (社情民意信息), from submission to a decision of
-- the district party committee or government and its implementation (ADR 0007).
--
-- As in demands: each record is one row moved on by workflow steps guarded by its version, with an
-- append-only history of every step (who, when, what). Units, people and users of other modules
-- are referenced by id without foreign keys; unit paths are copies kept for scope filters
-- (UnitMoved keeps them in step).

-- Democratic-party organisations (民主党派基层组织) propose and report as units of their own.
ALTER TABLE org_unit DROP CONSTRAINT org_unit_kind_ck;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_kind_ck CHECK (kind IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP',
    'VILLAGE', 'LEADING_GROUP_MEMBER', 'PARK', 'CHAMBER', 'ASSOCIATION', 'SERVICE_STATION', 'EDUCATION_BASE',
    'DEMOCRATIC_PARTY', 'OTHER'));

CREATE TABLE proposals_category (
    code       VARCHAR(32) PRIMARY KEY,
    name_zh    VARCHAR(50) NOT NULL,
    name_en    VARCHAR(80) NOT NULL,
    sort_order INTEGER     NOT NULL DEFAULT 0
);
INSERT INTO proposals_category (code, name_zh, name_en, sort_order)
VALUES ('ECONOMY', '经济发展', 'Economic development', 10),
       ('RURAL', '乡村振兴', 'Rural revitalisation', 20),
       ('SOCIAL', '社会民生', 'Livelihood and social affairs', 30),
       ('CULTURE', '文化教育', 'Culture and education', 40),
       ('ECOLOGY', '生态环境', 'Ecology and environment', 50),
       ('GOVERNANCE', '基层治理', 'Local governance', 60),
       ('OTHER', '其他', 'Other', 90);

-- ---------------------------------------------------------------------------------------------
-- Proposals
-- ---------------------------------------------------------------------------------------------
CREATE TABLE proposals_proposal (
    id                  BIGINT        PRIMARY KEY,
    proposal_no         VARCHAR(20)   NOT NULL,
    category_code       VARCHAR(32)   NOT NULL REFERENCES proposals_category (code),
    title               VARCHAR(100)  NOT NULL,
    body                TEXT          NOT NULL,
    -- MEMBER: a person of the registry (with co-signers, a group of members); ORGANISATION: a
    -- democratic-party organisation (a unit of kind DEMOCRATIC_PARTY)
    proposer_kind       VARCHAR(16)   NOT NULL,
    proposer_person_id  BIGINT,
    -- the organisation, or the member's unit: where the proposal is counted
    proposer_unit_id    BIGINT        NOT NULL,
    proposer_unit_path  VARCHAR(1000) NOT NULL,
    -- the name as shown on the proposal (the person's or the organisation's), kept as written
    proposer_name       VARCHAR(200)  NOT NULL,
    -- the account that wrote the draft and acts for the proposer (feedback, resubmission)
    author_user_id      BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    -- 1, then +1 for each re-handling the proposer asks for
    round               INTEGER       NOT NULL DEFAULT 1,
    -- shown to every signed-in user once registered (staff decide at registration)
    public_visible      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    -- the reason of the last decline or return
    review_note         VARCHAR(2000),
    merged_into_id      BIGINT        REFERENCES proposals_proposal (id),
    -- the lead handling unit, its deadline and the reply of the current round
    lead_unit_id        BIGINT,
    lead_unit_path      VARCHAR(1000),
    assigned_at         TIMESTAMP WITH TIME ZONE,
    due_date            DATE,
    replied_at          TIMESTAMP WITH TIME ZONE,
    reply               TEXT,
    -- the proposer's feedback on the handling (征询意见): contact made, attitude, adoption, result
    feedback_contacted  BOOLEAN,
    feedback_attitude   VARCHAR(16),
    feedback_adoption   VARCHAR(16),
    feedback_result     VARCHAR(16),
    feedback_comment    VARCHAR(500),
    feedback_at         TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT proposals_proposal_no_uk UNIQUE (proposal_no),
    CONSTRAINT proposals_proposal_kind_ck CHECK (proposer_kind IN ('MEMBER', 'ORGANISATION')
        AND (proposer_kind = 'ORGANISATION' OR proposer_person_id IS NOT NULL)),
    CONSTRAINT proposals_proposal_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'DECLINED', 'MERGED',
        'REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')),
    CONSTRAINT proposals_proposal_merged_ck CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    CONSTRAINT proposals_proposal_handling_ck CHECK (status NOT IN ('HANDLING', 'REPLIED', 'CLOSED')
        OR (lead_unit_id IS NOT NULL AND due_date IS NOT NULL)),
    CONSTRAINT proposals_proposal_grade_ck CHECK (
        (feedback_attitude IS NULL OR feedback_attitude IN ('SATISFIED', 'BASIC', 'DISSATISFIED'))
        AND (feedback_result IS NULL OR feedback_result IN ('SATISFIED', 'BASIC', 'DISSATISFIED'))
        AND (feedback_adoption IS NULL OR feedback_adoption IN ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')))
);
CREATE SEQUENCE proposals_proposal_id_seq OWNED BY proposals_proposal.id;
CREATE INDEX proposals_proposal_submitted_idx ON proposals_proposal (submitted_at DESC, id DESC) WHERE status <> 'DRAFT';
CREATE INDEX proposals_proposal_author_idx ON proposals_proposal (author_user_id, created_at DESC);
CREATE INDEX proposals_proposal_person_idx ON proposals_proposal (proposer_person_id) WHERE proposer_person_id IS NOT NULL;
CREATE INDEX proposals_proposal_unit_idx ON proposals_proposal (proposer_unit_path varchar_pattern_ops);
CREATE INDEX proposals_proposal_lead_idx ON proposals_proposal (lead_unit_path varchar_pattern_ops) WHERE lead_unit_path IS NOT NULL;
CREATE INDEX proposals_proposal_merged_idx ON proposals_proposal (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Members who sign a member's proposal with the proposer (联名): invited by the author while a
-- draft, each signs with their own login; only signed co-signers count.
CREATE TABLE proposals_co_signer (
    proposal_id BIGINT NOT NULL REFERENCES proposals_proposal (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    name        VARCHAR(200) NOT NULL,
    invited_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (proposal_id, person_id)
);
CREATE INDEX proposals_co_signer_user_idx ON proposals_co_signer (user_id);
CREATE INDEX proposals_co_signer_person_idx ON proposals_co_signer (person_id);

-- Units that handle a registered proposal with the lead unit (会办单位)
CREATE TABLE proposals_co_unit (
    proposal_id BIGINT        NOT NULL REFERENCES proposals_proposal (id) ON DELETE CASCADE,
    unit_id     BIGINT        NOT NULL,
    unit_path   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (proposal_id, unit_id)
);
CREATE INDEX proposals_co_unit_path_idx ON proposals_co_unit (unit_path varchar_pattern_ops);

-- Every step of a proposal, only ever inserted
CREATE TABLE proposals_event (
    id            BIGSERIAL    PRIMARY KEY,
    proposal_id   BIGINT       NOT NULL REFERENCES proposals_proposal (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id BIGINT       NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    round         INTEGER      NOT NULL,
    note          TEXT,
    -- the unit a step sent the proposal to (assignment), the other proposal of a merge, the
    -- decision of a decision link
    unit_id       BIGINT,
    related_id    BIGINT,
    due_date      DATE
);
CREATE INDEX proposals_event_proposal_idx ON proposals_event (proposal_id, at, id);

CREATE TABLE proposals_attachment (
    id           BIGSERIAL    PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL REFERENCES proposals_proposal (id) ON DELETE CASCADE,
    event_id     BIGINT       REFERENCES proposals_event (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content_enc  BYTEA        NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX proposals_attachment_proposal_idx ON proposals_attachment (proposal_id, id);

-- ---------------------------------------------------------------------------------------------
-- Public-opinion reports
-- ---------------------------------------------------------------------------------------------
CREATE TABLE proposals_report (
    id                   BIGINT        PRIMARY KEY,
    report_no            VARCHAR(20)   NOT NULL,
    category_code        VARCHAR(32)   NOT NULL REFERENCES proposals_category (code),
    -- as submitted, kept unchanged
    title                VARCHAR(100)  NOT NULL,
    body                 TEXT          NOT NULL,
    -- the staff's edited text (编辑), what is reported upward; null until edited
    edited_title         VARCHAR(100),
    edited_body          TEXT,
    -- MEMBER: a person of the registry; UNIT: a unit (a town, a democratic-party organisation…)
    reporter_kind        VARCHAR(16)   NOT NULL,
    reporter_person_id   BIGINT,
    reporter_unit_id     BIGINT        NOT NULL,
    reporter_unit_path   VARCHAR(1000) NOT NULL,
    reporter_name        VARCHAR(200)  NOT NULL,
    author_user_id       BIGINT        NOT NULL,
    -- SUBMITTED → ACCEPTED (taken up for editing and reporting) or DECLINED (不予采用, with reason)
    status               VARCHAR(16)   NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_at          TIMESTAMP WITH TIME ZONE,
    review_note          VARCHAR(2000),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT proposals_report_no_uk UNIQUE (report_no),
    CONSTRAINT proposals_report_kind_ck CHECK (reporter_kind IN ('MEMBER', 'UNIT')
        AND (reporter_kind = 'UNIT' OR reporter_person_id IS NOT NULL)),
    CONSTRAINT proposals_report_status_ck CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DECLINED'))
);
CREATE SEQUENCE proposals_report_id_seq OWNED BY proposals_report.id;
CREATE INDEX proposals_report_submitted_idx ON proposals_report (submitted_at DESC, id DESC);
CREATE INDEX proposals_report_author_idx ON proposals_report (author_user_id, submitted_at DESC);
CREATE INDEX proposals_report_person_idx ON proposals_report (reporter_person_id) WHERE reporter_person_id IS NOT NULL;
CREATE INDEX proposals_report_unit_idx ON proposals_report (reporter_unit_path varchar_pattern_ops);

-- Reported upward (报送) to a higher level, once per level
CREATE TABLE proposals_report_forward (
    report_id     BIGINT       NOT NULL REFERENCES proposals_report (id) ON DELETE CASCADE,
    level         VARCHAR(16)  NOT NULL,
    recipient     VARCHAR(200) NOT NULL,
    forwarded_on  DATE         NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, level),
    CONSTRAINT proposals_report_forward_level_ck CHECK (level IN ('CITY', 'PROVINCE', 'NATIONAL'))
);

-- Adopted (采用) at a level, once per level: by whom (a bulletin, a department) and when
CREATE TABLE proposals_report_adoption (
    report_id     BIGINT       NOT NULL REFERENCES proposals_report (id) ON DELETE CASCADE,
    level         VARCHAR(16)  NOT NULL,
    adopted_by    VARCHAR(200) NOT NULL,
    adopted_on    DATE         NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, level),
    CONSTRAINT proposals_report_adoption_level_ck CHECK (level IN ('DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'))
);
CREATE INDEX proposals_report_adoption_on_idx ON proposals_report_adoption (adopted_on);

-- A leader's written instruction (批示) on a report: the leader's level and post, and the text
CREATE TABLE proposals_report_instruction (
    id            BIGSERIAL    PRIMARY KEY,
    report_id     BIGINT       NOT NULL REFERENCES proposals_report (id) ON DELETE CASCADE,
    leader_level  VARCHAR(16)  NOT NULL,
    leader_post   VARCHAR(100) NOT NULL,
    instruction   TEXT         NOT NULL,
    instructed_on DATE         NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT proposals_report_instruction_level_ck CHECK (leader_level IN ('DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'))
);
CREATE INDEX proposals_report_instruction_report_idx ON proposals_report_instruction (report_id);
CREATE INDEX proposals_report_instruction_on_idx ON proposals_report_instruction (instructed_on);

CREATE TABLE proposals_report_event (
    id            BIGSERIAL    PRIMARY KEY,
    report_id     BIGINT       NOT NULL REFERENCES proposals_report (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id BIGINT       NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    note          TEXT,
    level         VARCHAR(16),
    related_id    BIGINT
);
CREATE INDEX proposals_report_event_report_idx ON proposals_report_event (report_id, at, id);

-- ---------------------------------------------------------------------------------------------
-- Decisions and their implementation
-- ---------------------------------------------------------------------------------------------
-- A decision of the district party committee or government (reference 文号, date, title)
CREATE TABLE proposals_decision (
    id           BIGSERIAL     PRIMARY KEY,
    issuer       VARCHAR(16)   NOT NULL,
    reference    VARCHAR(100)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    decided_on   DATE          NOT NULL,
    summary      TEXT,
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT proposals_decision_reference_uk UNIQUE (reference),
    CONSTRAINT proposals_decision_issuer_ck CHECK (issuer IN ('PARTY_COMMITTEE', 'GOVERNMENT', 'JOINT'))
);
CREATE INDEX proposals_decision_on_idx ON proposals_decision (decided_on);

-- A proposal or report transformed into a decision: one decision per proposal or report
CREATE TABLE proposals_decision_source (
    decision_id  BIGINT       NOT NULL REFERENCES proposals_decision (id) ON DELETE CASCADE,
    source_kind  VARCHAR(16)  NOT NULL,
    source_id    BIGINT       NOT NULL,
    linked_by    BIGINT       NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_kind, source_id),
    CONSTRAINT proposals_decision_source_kind_ck CHECK (source_kind IN ('PROPOSAL', 'REPORT'))
);
CREATE INDEX proposals_decision_source_decision_idx ON proposals_decision_source (decision_id);

-- Implementation results of a decision (like Decidim's accountability results)
CREATE TABLE proposals_result (
    id               BIGSERIAL     PRIMARY KEY,
    decision_id      BIGINT        NOT NULL REFERENCES proposals_decision (id) ON DELETE CASCADE,
    title            VARCHAR(200)  NOT NULL,
    description      TEXT,
    owner_unit_id    BIGINT        NOT NULL,
    owner_unit_path  VARCHAR(1000) NOT NULL,
    -- the person answerable in the owner unit, as named
    owner_name       VARCHAR(100),
    starts_on        DATE,
    due_on           DATE,
    progress         INTEGER       NOT NULL DEFAULT 0,
    completed_on     DATE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT proposals_result_progress_ck CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT proposals_result_done_ck CHECK ((progress = 100) = (completed_on IS NOT NULL))
);
CREATE INDEX proposals_result_decision_idx ON proposals_result (decision_id, id);
CREATE INDEX proposals_result_owner_idx ON proposals_result (owner_unit_path varchar_pattern_ops);

-- The dated updates of a result, only ever inserted: the progress it reached and what was done
CREATE TABLE proposals_result_update (
    id            BIGSERIAL    PRIMARY KEY,
    result_id     BIGINT       NOT NULL REFERENCES proposals_result (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    progress      INTEGER      NOT NULL,
    note          TEXT         NOT NULL,
    actor_user_id BIGINT       NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    CONSTRAINT proposals_result_update_progress_ck CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX proposals_result_update_result_idx ON proposals_result_update (result_id, at, id);

-- Privileges for databases seeded before proposals existed (identity's DefaultRoles grants them on
-- an empty database).
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, g.privilege
FROM identity_role r
JOIN (VALUES ('ADMIN', 'PROPOSAL_VIEW'), ('ADMIN', 'PROPOSAL_REVIEW'), ('ADMIN', 'PROPOSAL_HANDLE'),
             ('ADMIN', 'DECISION_MANAGE'), ('ADMIN', 'PROPOSAL_SCORING_MANAGE'),
             ('STAFF', 'PROPOSAL_VIEW'), ('STAFF', 'PROPOSAL_REVIEW'), ('STAFF', 'PROPOSAL_HANDLE'),
             ('STAFF', 'DECISION_MANAGE'), ('STAFF', 'PROPOSAL_SCORING_MANAGE'),
             ('TOWN_OFFICER', 'PROPOSAL_HANDLE'),
             ('MEMBER_UNIT_LIAISON', 'PROPOSAL_HANDLE'),
             ('LEADER', 'PROPOSAL_VIEW')) AS g (code, privilege)
    ON g.code = r.code
ON CONFLICT DO NOTHING;

-- The account of a democratic-party organisation (its home unit is the organisation): proposes and
-- reports in the organisation's name. On an empty database DefaultRoles creates it.
INSERT INTO identity_role (code, name_zh, name_en, scope, builtin)
SELECT 'PARTY_ORGANISATION', '民主党派组织', 'Democratic-party organisation', 'UNIT', TRUE
WHERE EXISTS (SELECT 1 FROM identity_role)
ON CONFLICT DO NOTHING;
