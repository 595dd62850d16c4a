-- Enterprises served by the service stations (企业服务) and their service plans ("one enterprise,
-- one policy", 一企一策). An enterprise belongs to a unit of the network (town or village), whose
-- path is copied here (kept in step on UnitMoved) for subtree and scope filters, as members_person.
CREATE TABLE enterprises_enterprise (
    id                  BIGSERIAL     PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    -- unified social credit code (GB 32100-2015), normalised; one enterprise per code in the deployment
    credit_code         VARCHAR(18)   NOT NULL,
    unit_id             BIGINT        NOT NULL,
    unit_path           VARCHAR(1000) NOT NULL,
    park                VARCHAR(100),
    industry            VARCHAR(100),
    address             VARCHAR(300),
    -- the member of the registry who runs it (members_person.id), if any
    operator_person_id  BIGINT,
    status              VARCHAR(16)   NOT NULL DEFAULT 'ACTIVE',
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT enterprises_enterprise_credit_code_uk UNIQUE (credit_code),
    CONSTRAINT enterprises_enterprise_status_ck CHECK (status IN ('ACTIVE', 'CLOSED'))
);
CREATE INDEX enterprises_enterprise_unit_path_idx ON enterprises_enterprise (unit_path text_pattern_ops);
CREATE INDEX enterprises_enterprise_unit_idx ON enterprises_enterprise (unit_id);
CREATE INDEX enterprises_enterprise_operator_idx ON enterprises_enterprise (operator_person_id);

-- Contact people of an enterprise; phones encrypted at rest (FieldCipher) with the mask lists show.
CREATE TABLE enterprises_contact (
    id             BIGSERIAL    PRIMARY KEY,
    enterprise_id  BIGINT       NOT NULL REFERENCES enterprises_enterprise (id) ON DELETE CASCADE,
    name           VARCHAR(50)  NOT NULL,
    title          VARCHAR(100),
    phone_enc      VARCHAR(200),
    phone_mask     VARCHAR(32),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX enterprises_contact_enterprise_idx ON enterprises_contact (enterprise_id);

-- The service plan: measures with an owner (free text, or a user), dates and a status.
CREATE TABLE enterprises_measure (
    id             BIGSERIAL     PRIMARY KEY,
    enterprise_id  BIGINT        NOT NULL REFERENCES enterprises_enterprise (id) ON DELETE CASCADE,
    text           VARCHAR(1000) NOT NULL,
    owner_name     VARCHAR(100),
    owner_user_id  BIGINT,
    starts_on      DATE          NOT NULL,
    due_on         DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL DEFAULT 'PLANNED',
    result_note    VARCHAR(2000),
    done_on        DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT enterprises_measure_status_ck CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    CONSTRAINT enterprises_measure_due_ck CHECK (due_on >= starts_on),
    -- a done date exactly when the measure is done
    CONSTRAINT enterprises_measure_done_ck CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX enterprises_measure_enterprise_idx ON enterprises_measure (enterprise_id);

-- The enterprise privileges for the built-in roles of a database seeded before they existed
-- (identity's DefaultRoles grants the same on an empty database).
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, g.privilege
FROM identity_role r
JOIN (VALUES ('ADMIN', 'ENTERPRISE_VIEW'), ('STAFF', 'ENTERPRISE_VIEW'), ('TOWN_OFFICER', 'ENTERPRISE_VIEW'),
             ('VILLAGE_LIAISON', 'ENTERPRISE_VIEW'), ('LEADER', 'ENTERPRISE_VIEW'),
             ('ADMIN', 'ENTERPRISE_MANAGE'), ('STAFF', 'ENTERPRISE_MANAGE'), ('TOWN_OFFICER', 'ENTERPRISE_MANAGE'))
    AS g (code, privilege) ON g.code = r.code
ON CONFLICT DO NOTHING;
