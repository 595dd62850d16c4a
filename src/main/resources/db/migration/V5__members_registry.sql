-- Member registry (统战对象库): people with their home unit in the network and their categories.
-- ID numbers and phones are encrypted at rest (AES-GCM, FieldCipher) with a keyed hash (HMAC)
-- beside them for exact look-up and de-duplication, and a mask for lists.

CREATE TABLE members_person (
    id                    BIGSERIAL     PRIMARY KEY,
    unit_id               BIGINT        NOT NULL,
    -- a copy of the unit's path (kept in step on UnitMoved) for subtree and scope filters
    unit_path             VARCHAR(1000) NOT NULL,
    name                  VARCHAR(100)  NOT NULL,
    name_key              VARCHAR(400)  NOT NULL,
    name_initials         VARCHAR(100)  NOT NULL,
    name_spaced           VARCHAR(400)  NOT NULL,
    gender                VARCHAR(16),
    birth_date            DATE,
    ethnicity             VARCHAR(50),
    id_number_enc         VARCHAR(200),
    id_number_hash        VARCHAR(64),
    id_number_mask        VARCHAR(32),
    phone_enc             VARCHAR(200),
    phone_hash            VARCHAR(64),
    phone_mask            VARCHAR(32),
    education             VARCHAR(50),
    work_unit             VARCHAR(200),
    post                  VARCHAR(200),
    political_affiliation VARCHAR(100),
    religion              VARCHAR(100),
    expertise             VARCHAR(1000),
    awards                VARCHAR(2000),
    notes                 VARCHAR(4000),
    liaison_user_id       BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT members_person_id_number_hash_uk UNIQUE (id_number_hash),
    CONSTRAINT members_person_gender_ck CHECK (gender IN ('MALE', 'FEMALE'))
);
CREATE INDEX members_person_unit_path_idx ON members_person (unit_path text_pattern_ops);
CREATE INDEX members_person_unit_idx ON members_person (unit_id);
CREATE INDEX members_person_name_key_idx ON members_person (name_key text_pattern_ops);
CREATE INDEX members_person_name_initials_idx ON members_person (name_initials text_pattern_ops);
CREATE INDEX members_person_birth_date_idx ON members_person (birth_date);
CREATE INDEX members_person_updated_at_idx ON members_person (updated_at);
CREATE INDEX members_person_liaison_idx ON members_person (liaison_user_id);
CREATE INDEX members_person_phone_hash_idx ON members_person (phone_hash);
CREATE INDEX members_person_affiliation_idx ON members_person (political_affiliation);

CREATE TABLE members_person_category (
    person_id BIGINT      NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    category  VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, category)
);
CREATE INDEX members_person_category_category_idx ON members_person_category (category, person_id);
