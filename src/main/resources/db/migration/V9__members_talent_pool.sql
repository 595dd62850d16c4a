-- Talent pool (党外人才库): a vocabulary of talent tags and who holds them, cultivation plans
-- (培养计划) with ordered steps, and the elite project list (同心精英项目) with its enrolments.
-- Every row about a person hangs off members_person (deleted with it), so the registry's data
-- scope applies through the person.

CREATE TABLE members_talent_tag (
    code       VARCHAR(40)  PRIMARY KEY,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INTEGER      NOT NULL DEFAULT 100,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT members_talent_tag_code_ck CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT members_talent_tag_name_uk UNIQUE (name_zh)
);

INSERT INTO members_talent_tag (code, name_zh, name_en, sort_order) VALUES
    ('YOUNG_CADRE', '优秀年轻党外干部', 'Outstanding young non-party cadre', 10),
    ('RESERVE_CADRE', '党外后备干部', 'Non-party reserve cadre', 20),
    ('REPRESENTATIVE', '党外代表人士', 'Non-party representative figure', 30),
    ('EXPERT', '专家学者', 'Expert or scholar', 40),
    ('NEW_CLASS', '新的社会阶层代表人士', 'Representative of the new social strata', 50),
    ('PRIVATE_ECONOMY', '民营经济代表人士', 'Private economy representative', 60),
    ('YOUNG_ENTREPRENEUR', '新生代企业家', 'New-generation entrepreneur', 70),
    ('RETURNEE', '留学归国人员代表', 'Returned overseas student', 80),
    ('ETHNIC_RELIGIOUS', '民族宗教界代表人士', 'Ethnic or religious representative', 90),
    ('OVERSEAS_CHINESE', '港澳台侨代表人士', 'Hong Kong, Macao, Taiwan or overseas Chinese representative', 100),
    ('ONLINE_FIGURE', '网络代表人士', 'Online opinion figure', 110);

CREATE TABLE members_person_tag (
    person_id      BIGINT       NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    tag_code       VARCHAR(40)  NOT NULL REFERENCES members_talent_tag (code),
    tagged_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    tagged_by      BIGINT,
    -- the name as it was when tagging, so a later rename or removal of the user keeps "who"
    tagged_by_name VARCHAR(100),
    note           VARCHAR(500),
    PRIMARY KEY (person_id, tag_code)
);
-- the list filter "has tag X" is an EXISTS probing (tag_code, person_id)
CREATE INDEX members_person_tag_tag_idx ON members_person_tag (tag_code, person_id);

CREATE TABLE members_cultivation_plan (
    id         BIGSERIAL     PRIMARY KEY,
    person_id  BIGINT        NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    title      VARCHAR(200)  NOT NULL,
    goal       VARCHAR(2000),
    starts_on  DATE          NOT NULL,
    ends_on    DATE          NOT NULL,
    status     VARCHAR(20)   NOT NULL DEFAULT 'ACTIVE',
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT members_cultivation_plan_status_ck CHECK (status IN ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT members_cultivation_plan_dates_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX members_cultivation_plan_person_idx ON members_cultivation_plan (person_id);
CREATE INDEX members_cultivation_plan_status_idx ON members_cultivation_plan (status, ends_on);

CREATE TABLE members_cultivation_step (
    id       BIGSERIAL    PRIMARY KEY,
    plan_id  BIGINT       NOT NULL REFERENCES members_cultivation_plan (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL,
    title    VARCHAR(200) NOT NULL,
    due_on   DATE         NOT NULL,
    done_on  DATE,
    note     VARCHAR(1000),
    CONSTRAINT members_cultivation_step_position_uk UNIQUE (plan_id, position)
);

CREATE TABLE members_elite_project (
    id          BIGSERIAL    PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    year        INTEGER      NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT members_elite_project_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT members_elite_project_name_uk UNIQUE (name, year)
);

CREATE TABLE members_elite_enrolment (
    project_id  BIGINT       NOT NULL REFERENCES members_elite_project (id) ON DELETE CASCADE,
    person_id   BIGINT       NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    enrolled_on DATE         NOT NULL,
    remark      VARCHAR(500),
    PRIMARY KEY (project_id, person_id)
);
CREATE INDEX members_elite_enrolment_person_idx ON members_elite_enrolment (person_id);

-- "who could be nominated": the list filters on current NPC/CPPCC seats and on education
CREATE INDEX members_post_current_idx ON members_post (person_id, kind, level, ended_on);
CREATE INDEX members_person_education_idx ON members_person (education);
