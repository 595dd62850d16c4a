-- A department's existing sheets head their columns in their own words (手机号, 所在单位, 统战对象类别...)
-- and carry columns the registry does not keep (序号). Such a sheet was refused whole; now:
--
-- 1. members_import_header_synonym: other names of the template's columns, kept as data so that a
--    department can add its own wording with one INSERT, without a release. The header is stored
--    as the import compares it: no white space, no star, lower case. field_key is an import field
--    (ImportColumn key), workUnitAndPost (a combined column, split into work unit and post) or
--    ignore (a column the registry does not keep, e.g. 序号).
-- 2. a sheet whose headers are still not all understood goes through a mapping step; the mapping
--    chosen is kept with the staged import (header_mapping, JSON header -> field key), so that
--    confirming re-reads the file exactly as the preview read it, and remembered per user for the
--    next sheet of the same header row (members_import_mapping, keyed by the SHA-256 of the
--    normalised header row), as CiviCRM's import does.
-- 3. an upload waiting for its mapping is kept encrypted like a staged one, with status MAPPING.

CREATE TABLE members_import_header_synonym (
    header      VARCHAR(100) PRIMARY KEY,
    field_key   VARCHAR(40)  NOT NULL,
    CONSTRAINT members_import_header_synonym_header_ck CHECK (header = lower(header) AND header !~ '[[:space:]*＊]'),
    CONSTRAINT members_import_header_synonym_field_ck CHECK (field_key IN ('name', 'gender', 'birthDate', 'ethnicity',
        'idNumber', 'phone', 'unit', 'categories', 'politicalAffiliation', 'religion', 'education', 'workUnit', 'post',
        'expertise', 'awards', 'notes', 'workUnitAndPost', 'ignore'))
);

INSERT INTO members_import_header_synonym (header, field_key) VALUES
    ('名字', 'name'),
    ('人员姓名', 'name'),
    ('出生年月', 'birthDate'),
    ('出生年月日', 'birthDate'),
    ('出生时间', 'birthDate'),
    ('生日', 'birthDate'),
    ('族别', 'ethnicity'),
    ('身份证号码', 'idNumber'),
    ('公民身份号码', 'idNumber'),
    ('公民身份证号码', 'idNumber'),
    ('身份证', 'idNumber'),
    ('身份证件号码', 'idNumber'),
    ('idcardnumber', 'idNumber'),
    ('手机号', 'phone'),
    ('手机', 'phone'),
    ('手机号码', 'phone'),
    ('联系方式', 'phone'),
    ('电话', 'phone'),
    ('电话号码', 'phone'),
    ('联系电话号码', 'phone'),
    ('mobile', 'phone'),
    ('所在单位', 'unit'),
    ('所属村（社区）', 'unit'),
    ('所在村（社区）', 'unit'),
    ('统战对象类别', 'categories'),
    ('对象类别', 'categories'),
    ('人员类别', 'categories'),
    ('宗教', 'religion'),
    ('文化程度', 'education'),
    ('学历学位', 'education'),
    ('最高学历', 'education'),
    ('工作单位及职务', 'workUnitAndPost'),
    ('单位及职务', 'workUnitAndPost'),
    ('工作单位和职务', 'workUnitAndPost'),
    ('工作单位及职务（职称）', 'workUnitAndPost'),
    ('现工作单位', 'workUnit'),
    ('现任职务', 'post'),
    ('职务（职称）', 'post'),
    ('职务职称', 'post'),
    ('特长', 'expertise'),
    ('专业特长', 'expertise'),
    ('获奖情况', 'awards'),
    ('荣誉称号', 'awards'),
    ('序号', 'ignore'),
    ('编号', 'ignore'),
    ('排序', 'ignore'),
    ('no.', 'ignore'),
    ('no', 'ignore');

ALTER TABLE members_import ADD COLUMN header_mapping TEXT;
ALTER TABLE members_import DROP CONSTRAINT members_import_status_ck;
ALTER TABLE members_import ADD CONSTRAINT members_import_status_ck
    CHECK (status IN ('MAPPING', 'STAGED', 'APPLIED', 'DISCARDED'));

CREATE TABLE members_import_mapping (
    owner_user_id   BIGINT       NOT NULL,
    shape_sha256    CHAR(64)     NOT NULL,
    header_mapping  TEXT         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner_user_id, shape_sha256)
);
