-- The business calendar (工作日历): the exceptions to "Monday to Friday are working days" that
-- administrators enter each year from the State Council's holiday notice. A HOLIDAY is a day off
-- (any day of the week); a WORKDAY is a weekend day worked in exchange (调休上班). Days not listed
-- follow the week. Empty by default: no schedule is assumed.
CREATE TABLE calendar_day (
    day         DATE         PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    name        VARCHAR(50)  NOT NULL DEFAULT '',
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    -- an adjusted working day is by definition a Saturday or Sunday (ISODOW 6, 7)
    CONSTRAINT calendar_day_workday_weekend_ck CHECK (kind <> 'WORKDAY' OR EXTRACT(ISODOW FROM day) >= 6)
);

-- Keeping the calendar is the department administrator's, for databases seeded before it existed
-- (identity's DefaultRoles grants ADMIN every privilege on an empty database).
INSERT INTO identity_role_privilege (role_id, privilege)
SELECT r.id, 'CALENDAR_MANAGE' FROM identity_role r WHERE r.code = 'ADMIN'
ON CONFLICT DO NOTHING;
