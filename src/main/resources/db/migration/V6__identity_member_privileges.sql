-- The member registry's privileges for the built-in roles of a database seeded before they
-- existed (identity's DefaultRoles seeds only an empty database, with the same grants).
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, g.privilege
FROM identity_role r
JOIN (VALUES
    ('ADMIN', 'MEMBER_VIEW'), ('ADMIN', 'MEMBER_MANAGE'), ('ADMIN', 'MEMBER_SENSITIVE_VIEW'), ('ADMIN', 'MEMBER_EXPORT'),
    ('STAFF', 'MEMBER_VIEW'), ('STAFF', 'MEMBER_MANAGE'), ('STAFF', 'MEMBER_SENSITIVE_VIEW'), ('STAFF', 'MEMBER_EXPORT'),
    ('TOWN_OFFICER', 'MEMBER_VIEW'), ('TOWN_OFFICER', 'MEMBER_MANAGE'),
    ('VILLAGE_LIAISON', 'MEMBER_VIEW'),
    ('LEADER', 'MEMBER_VIEW')
) AS g (code, privilege) ON g.code = r.code
ON CONFLICT DO NOTHING;
