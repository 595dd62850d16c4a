-- The work network: administrative divisions (national statistical codes) and functional units
-- (leading-group member units, parks, chambers, associations, service stations, education bases).
-- path holds the ids from the root, '/1/3/17/', so "this unit and everything below it" is one
-- indexed prefix match, the query every data-scope check runs.

CREATE TABLE org_unit (
    id         BIGSERIAL    PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    parent_id  BIGINT       REFERENCES org_unit (id),
    path       VARCHAR(2000) NOT NULL,
    depth      INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_code_uk UNIQUE (code),
    CONSTRAINT org_unit_kind_ck CHECK (kind IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE',
        'LEADING_GROUP_MEMBER', 'PARK', 'CHAMBER', 'ASSOCIATION', 'SERVICE_STATION', 'EDUCATION_BASE', 'OTHER'))
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id, code);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);
