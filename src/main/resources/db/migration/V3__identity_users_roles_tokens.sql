-- Identity: roles made of named privileges with a data scope, users with a home unit,
-- login-failure state for the lockout rule, TOTP for administrators, and hashed API tokens.

CREATE TABLE identity_role (
    id         BIGSERIAL    PRIMARY KEY,
    code       VARCHAR(64)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    scope      VARCHAR(32)  NOT NULL,
    builtin    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_role_code_uk UNIQUE (code),
    CONSTRAINT identity_role_scope_ck CHECK (scope IN ('ALL', 'UNIT_AND_BELOW', 'UNIT', 'OWN'))
);

CREATE TABLE identity_role_privilege (
    role_id   BIGINT      NOT NULL REFERENCES identity_role (id) ON DELETE CASCADE,
    privilege VARCHAR(64) NOT NULL,
    PRIMARY KEY (role_id, privilege)
);

CREATE TABLE identity_user (
    id                   BIGSERIAL    PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    home_unit_id         BIGINT       NOT NULL,
    home_unit_path       VARCHAR(1000),
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    first_failure_at     TIMESTAMP WITH TIME ZONE,
    locked_until         TIMESTAMP WITH TIME ZONE,
    totp_secret          VARCHAR(200),
    totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_user_username_uk UNIQUE (username)
);
CREATE INDEX identity_user_home_unit_idx ON identity_user (home_unit_id);
-- a copy of the home unit's path (kept in step on UnitMoved) for subtree and scope filters
CREATE INDEX identity_user_home_unit_path_idx ON identity_user (home_unit_path varchar_pattern_ops);

CREATE TABLE identity_user_role (
    user_id BIGINT NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
    role_id BIGINT NOT NULL REFERENCES identity_role (id),
    PRIMARY KEY (user_id, role_id)
);

CREATE TABLE identity_api_token (
    id           BIGSERIAL    PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES identity_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX identity_api_token_user_idx ON identity_api_token (user_id);
