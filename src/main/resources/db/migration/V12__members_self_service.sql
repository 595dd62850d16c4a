-- Members' own profiles: a member's login (an identity_user with the built-in role MEMBER) linked
-- to exactly one person, and the corrections members ask for, which staff review before they take
-- effect. Proposed and replaced values of sensitive fields (the phone) are FieldCipher
-- ciphertext (sealed = true), never in clear.

CREATE TABLE members_person_account (
    person_id  BIGINT       PRIMARY KEY REFERENCES members_person (id) ON DELETE CASCADE,
    -- identity_user.id; no foreign key across modules, as with members_person.liaison_user_id
    user_id    BIGINT       NOT NULL,
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by  BIGINT       NOT NULL,
    CONSTRAINT members_person_account_user_uk UNIQUE (user_id)
);

CREATE TABLE members_correction (
    id              BIGSERIAL     PRIMARY KEY,
    person_id       BIGINT        NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    requested_by    BIGINT        NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decided_by      BIGINT,
    decided_by_name VARCHAR(200),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_note   VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT members_correction_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);
-- one open request per person: a second one waits until the first is decided or withdrawn
CREATE UNIQUE INDEX members_correction_pending_uk ON members_correction (person_id) WHERE status = 'PENDING';
CREATE INDEX members_correction_person_idx ON members_correction (person_id, requested_at DESC);
CREATE INDEX members_correction_status_idx ON members_correction (status, requested_at);

-- The fields of a request: the value when it was made (old) and the value asked for (new).
CREATE TABLE members_correction_field (
    correction_id BIGINT      NOT NULL REFERENCES members_correction (id) ON DELETE CASCADE,
    field         VARCHAR(40) NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    sealed        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (correction_id, field)
);
