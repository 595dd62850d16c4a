-- Sessions (届次), their score rules for duty performance (履职积分), and the text search index of
-- proposals and reports (ADR 0007).

-- A session of the CPPCC (e.g. 第九届, five years): scores are counted per session or per period
CREATE TABLE proposals_session (
    id        BIGSERIAL   PRIMARY KEY,
    name      VARCHAR(50) NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT proposals_session_name_uk UNIQUE (name),
    CONSTRAINT proposals_session_dates_ck CHECK (ends_on >= starts_on)
);

-- The points one item earns in a session; every session holds every item (added with defaults)
CREATE TABLE proposals_score_rule (
    session_id BIGINT       NOT NULL REFERENCES proposals_session (id) ON DELETE CASCADE,
    item       VARCHAR(32)  NOT NULL,
    points     NUMERIC(6,2) NOT NULL,
    PRIMARY KEY (session_id, item),
    CONSTRAINT proposals_score_rule_points_ck CHECK (points >= 0),
    CONSTRAINT proposals_score_rule_item_ck CHECK (item IN ('PROPOSAL_SUBMITTED', 'PROPOSAL_COSIGNED',
        'PROPOSAL_REGISTERED', 'REPORT_SUBMITTED', 'REPORT_ADOPTED_DISTRICT', 'REPORT_ADOPTED_CITY',
        'REPORT_ADOPTED_PROVINCE', 'REPORT_ADOPTED_NATIONAL', 'INSTRUCTED_DISTRICT', 'INSTRUCTED_CITY',
        'INSTRUCTED_PROVINCE', 'INSTRUCTED_NATIONAL', 'DECISION'))
);

INSERT INTO proposals_session (name, starts_on, ends_on) VALUES ('第九届', DATE '2021-01-01', DATE '2026-12-31');
INSERT INTO proposals_score_rule (session_id, item, points)
SELECT s.id, d.item, d.points
FROM proposals_session s
CROSS JOIN (VALUES ('PROPOSAL_SUBMITTED', 1.00), ('PROPOSAL_COSIGNED', 0.50), ('PROPOSAL_REGISTERED', 2.00),
                   ('REPORT_SUBMITTED', 1.00), ('REPORT_ADOPTED_DISTRICT', 2.00), ('REPORT_ADOPTED_CITY', 3.00),
                   ('REPORT_ADOPTED_PROVINCE', 5.00), ('REPORT_ADOPTED_NATIONAL', 8.00),
                   ('INSTRUCTED_DISTRICT', 3.00), ('INSTRUCTED_CITY', 5.00), ('INSTRUCTED_PROVINCE', 8.00),
                   ('INSTRUCTED_NATIONAL', 10.00), ('DECISION', 10.00)) AS d (item, points)
WHERE s.name = '第九届';

-- The searchable text of a proposal or report, kept by proposals.search on ProposalTextChanged (and
-- caught up by version): grams holds the words of number, title, body, reply or edited text and
-- proposer name, Chinese runs cut into single characters and overlapping pairs (as Lucene's CJK
-- bigrams), so that "乡村振兴" finds "推进乡村振兴产业" by containment (grams @> the query's grams).
-- Visibility is never decided here: hits go through the owning part's SourceRecords.
CREATE TABLE proposals_search_text (
    source_kind    VARCHAR(16)   NOT NULL,
    source_id      BIGINT        NOT NULL,
    source_version BIGINT        NOT NULL,
    number         VARCHAR(20)   NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    proposer_name  VARCHAR(200)  NOT NULL,
    -- the body (and reply or edited text), for the excerpt shown with a hit
    content        TEXT          NOT NULL,
    grams          TEXT[]        NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_kind, source_id),
    CONSTRAINT proposals_search_text_kind_ck CHECK (source_kind IN ('PROPOSAL', 'REPORT'))
);
CREATE INDEX proposals_search_text_grams_idx ON proposals_search_text USING GIN (grams);
