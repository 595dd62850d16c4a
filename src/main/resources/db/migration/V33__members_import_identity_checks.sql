-- An import row whose ID number belongs to a registered person of another name (the sheet says
-- 贾涛杰, the registry has 金良力 under that number) is not applied unless its uploader confirms the
-- row: a typo in an ID number must not rename and move somebody else. The preview keeps these rows
-- here, with both names so that the user can judge; confirmed is set when the import is applied.

ALTER TABLE members_import ADD COLUMN rows_to_confirm INT NOT NULL DEFAULT 0;
ALTER TABLE members_import ADD COLUMN confirmed_count INT;

CREATE TABLE members_import_identity_check (
    import_id        BIGINT       NOT NULL REFERENCES members_import (id) ON DELETE CASCADE,
    row_number       INT          NOT NULL,
    person_id        BIGINT       NOT NULL,
    registered_name  VARCHAR(100) NOT NULL,
    row_name         VARCHAR(100) NOT NULL,
    confirmed        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (import_id, row_number)
);
