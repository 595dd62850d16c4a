-- Excel import of members (统战对象批量导入): an uploaded file is analysed and kept, encrypted, until
-- its owner confirms or discards it; confirming analyses the same file again and applies it. The
-- problems of the preview are kept row by row (column and reason, never the cell values).

CREATE TABLE members_import (
    id              BIGSERIAL    PRIMARY KEY,
    owner_user_id   BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    file_sha256     CHAR(64)     NOT NULL,
    -- AES-GCM of the uploaded workbook (FieldCipher, purpose members_import.file); emptied once applied or discarded
    file_enc        BYTEA,
    status          VARCHAR(16)  NOT NULL,
    rows_total      INT          NOT NULL,
    rows_new        INT          NOT NULL,
    rows_existing   INT          NOT NULL,
    rows_changed_by_update INT   NOT NULL,
    rows_changed_by_fill   INT   NOT NULL,
    rows_bad        INT          NOT NULL,
    mode            VARCHAR(16),
    created_count   INT,
    updated_count   INT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT members_import_status_ck CHECK (status IN ('STAGED', 'APPLIED', 'DISCARDED')),
    CONSTRAINT members_import_mode_ck CHECK (mode IS NULL OR mode IN ('SKIP', 'UPDATE', 'FILL_EMPTY'))
);
CREATE INDEX members_import_owner_idx ON members_import (owner_user_id, created_at DESC);

CREATE TABLE members_import_problem (
    import_id   BIGINT       NOT NULL REFERENCES members_import (id) ON DELETE CASCADE,
    row_number  INT          NOT NULL,
    seq         INT          NOT NULL,
    column_key  VARCHAR(40)  NOT NULL,
    code        VARCHAR(80)  NOT NULL,
    args        VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, row_number, seq)
);

-- Bulk import is its own privilege: a whole sheet of people at once is more than one form.
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, g.privilege
FROM identity_role r
JOIN (VALUES ('ADMIN', 'MEMBER_IMPORT'), ('STAFF', 'MEMBER_IMPORT'), ('TOWN_OFFICER', 'MEMBER_IMPORT')) AS g (code, privilege)
    ON g.code = r.code
ON CONFLICT DO NOTHING;

-- an import finds namesakes of each batch of rows (same name and birth date: the same person)
CREATE INDEX members_person_name_idx ON members_person (name, birth_date);
