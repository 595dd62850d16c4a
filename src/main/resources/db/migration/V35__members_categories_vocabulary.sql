-- The kinds of united front member (统战工作对象) become a vocabulary the department keeps, seeded
-- with the twelve of the Regulations on United Front Work (中国共产党统一战线工作条例, art. 5) in
-- their order. The registry had nine, fixed in code; it lacked 无党派人士 and 出国和归国留学人员.
-- Codes are stable (they are in API requests, filters and history); names, order and the active
-- flag change. An inactive category stays on the people who have it and is no longer offered.

CREATE TABLE members_category (
    code       VARCHAR(40)  PRIMARY KEY,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT members_category_code_ck CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT members_category_sort_ck CHECK (sort_order BETWEEN 0 AND 9999),
    CONSTRAINT members_category_name_zh_uk UNIQUE (name_zh)
);

INSERT INTO members_category (code, name_zh, name_en, sort_order) VALUES
    ('DEMOCRATIC_PARTY', '民主党派成员', 'Members of the democratic parties', 10),
    ('NON_PARTY', '无党派人士', 'Persons without party affiliation', 20),
    ('NON_PARTY_INTELLECTUAL', '党外知识分子', 'Non-party intellectuals', 30),
    ('ETHNIC_MINORITY', '少数民族人士', 'Ethnic minority figures', 40),
    ('RELIGIOUS', '宗教界人士', 'Religious figures', 50),
    ('PRIVATE_ECONOMY', '非公有制经济人士', 'People in the non-public economy', 60),
    ('NEW_SOCIAL_CLASS', '新的社会阶层人士', 'People of the new social strata', 70),
    ('STUDY_ABROAD', '出国和归国留学人员', 'Students abroad and returned from abroad', 80),
    ('HONG_KONG_MACAO', '香港同胞和澳门同胞', 'Hong Kong and Macao compatriots', 90),
    ('TAIWAN', '台湾同胞及其在大陆的亲属', 'Taiwan compatriots and their relatives on the mainland', 100),
    ('OVERSEAS_CHINESE', '华侨、归侨及侨眷', 'Overseas Chinese, returned overseas Chinese and their relatives', 110),
    ('OTHER', '其他需要联系和团结的人员', 'Others to be contacted and united', 120);

-- Other ways offices write a category in their sheets, read by the import as the category.
-- match_key is the text as the import compares it: lower case, without blanks and separators
-- (MemberCategories.key), so that 华侨、归侨 and 华侨,归侨 are one synonym.
CREATE TABLE members_category_synonym (
    match_key     VARCHAR(100) PRIMARY KEY,
    synonym       VARCHAR(50)  NOT NULL,
    category_code VARCHAR(40)  NOT NULL REFERENCES members_category (code)
);
CREATE INDEX members_category_synonym_category_idx ON members_category_synonym (category_code);

INSERT INTO members_category_synonym (match_key, synonym, category_code)
SELECT lower(regexp_replace(s.synonym, '[[:space:]、,，;；/|]+', '', 'g')), s.synonym, s.code
FROM (VALUES
    ('民主党派', 'DEMOCRATIC_PARTY'), ('民主党派人士', 'DEMOCRATIC_PARTY'), ('Democratic party member', 'DEMOCRATIC_PARTY'),
    ('无党派', 'NON_PARTY'), ('无党派代表人士', 'NON_PARTY'),
    ('Non-party intellectual', 'NON_PARTY_INTELLECTUAL'),
    ('少数民族', 'ETHNIC_MINORITY'), ('Ethnic minority figure', 'ETHNIC_MINORITY'),
    ('宗教人士', 'RELIGIOUS'), ('Religious figure', 'RELIGIOUS'),
    ('非公经济人士', 'PRIVATE_ECONOMY'), ('民营经济人士', 'PRIVATE_ECONOMY'), ('Private economy figure', 'PRIVATE_ECONOMY'),
    ('新阶层人士', 'NEW_SOCIAL_CLASS'), ('新的社会阶层', 'NEW_SOCIAL_CLASS'), ('New social class', 'NEW_SOCIAL_CLASS'),
    ('留学人员', 'STUDY_ABROAD'), ('留学归国人员', 'STUDY_ABROAD'), ('出国留学人员', 'STUDY_ABROAD'), ('归国留学人员', 'STUDY_ABROAD'),
    ('港澳台同胞及眷属', 'HONG_KONG_MACAO'), ('港澳同胞', 'HONG_KONG_MACAO'), ('HK_MACAO_TAIWAN', 'HONG_KONG_MACAO'),
    ('Hong Kong, Macao or Taiwan links', 'HONG_KONG_MACAO'),
    ('台湾同胞', 'TAIWAN'), ('台胞台属', 'TAIWAN'), ('台属', 'TAIWAN'),
    ('归侨侨眷', 'OVERSEAS_CHINESE'), ('归侨', 'OVERSEAS_CHINESE'), ('侨眷', 'OVERSEAS_CHINESE'), ('华侨', 'OVERSEAS_CHINESE'),
    ('RETURNED_OVERSEAS', 'OVERSEAS_CHINESE'), ('Returned overseas Chinese or relatives', 'OVERSEAS_CHINESE'),
    ('其他', 'OTHER'), ('其他人士', 'OTHER')
) AS s (synonym, code);

-- Existing records. 归侨侨眷 (RETURNED_OVERSEAS) is the regulation's 华侨、归侨及侨眷. The old
-- 港澳台同胞及眷属 (HK_MACAO_TAIWAN) covered two of the regulation's kinds, and nothing recorded
-- says which one a person belongs to: everyone in it becomes HONG_KONG_MACAO (in Sichuan the larger
-- group), and the offices move their Taiwan compatriots to TAIWAN by hand (filter the list by
-- HONG_KONG_MACAO; see docs/guide/members.md). Person history keeps the old codes as written then.
UPDATE members_person_category SET category = 'OVERSEAS_CHINESE' WHERE category = 'RETURNED_OVERSEAS';
UPDATE members_person_category SET category = 'HONG_KONG_MACAO' WHERE category = 'HK_MACAO_TAIWAN';

ALTER TABLE members_person_category
    ADD CONSTRAINT members_person_category_category_fk FOREIGN KEY (category) REFERENCES members_category (code);

-- The department administrator keeps the vocabulary: it is what the district's figures are counted by.
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, 'MEMBER_CATEGORY_MANAGE' FROM identity_role r WHERE r.code = 'ADMIN'
ON CONFLICT DO NOTHING;
