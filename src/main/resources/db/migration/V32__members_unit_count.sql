-- People per unit, kept by triggers, so that the member list's total for a scope without other
-- filters (the list as it opens) sums a few hundred rows instead of reading up to 10,000 people on
-- every page (docs/performance.md "Session and layout (issue 12)").
--
-- One row per unit (id and path: the scope's condition is over either, as on members_person).
-- The triggers are per statement with transition tables: a form adds one person's change, an
-- import's COPY one grouped upsert. Every change is a difference (+1 for the new row, -1 for the
-- old); an update that keeps the unit nets to nothing and touches no count (no lock here for an
-- edit; a trigger with transition tables cannot name its columns); concurrent changes add up.

CREATE TABLE members_unit_count (
    unit_id   BIGINT        NOT NULL,
    unit_path VARCHAR(1000) NOT NULL,
    people    BIGINT        NOT NULL,
    PRIMARY KEY (unit_id, unit_path)
);

CREATE INDEX members_unit_count_path_idx ON members_unit_count (unit_path text_pattern_ops);

-- The statement that adds the change of a set of person rows (source: "select sign, unit_id,
-- unit_path ..."), grouped, in key order (two changes lock their rows in the same order). Executed
-- by the trigger function itself: transition tables are visible only to its own queries.
CREATE FUNCTION members_unit_count_sql(source TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN format($sql$
        INSERT INTO members_unit_count AS u (unit_id, unit_path, people)
        SELECT c.unit_id, c.unit_path, sum(c.sign)
        FROM (%s) AS c
        GROUP BY 1, 2
        HAVING sum(c.sign) <> 0
        ORDER BY 1, 2
        ON CONFLICT (unit_id, unit_path) DO UPDATE SET people = u.people + excluded.people
    $sql$, source);
END
$fn$;

CREATE FUNCTION members_person_unit_count() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE members_unit_count_sql('SELECT 1 AS sign, n.unit_id, n.unit_path FROM members_person_new n');
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE members_unit_count_sql('SELECT -1 AS sign, o.unit_id, o.unit_path FROM members_person_old o');
    ELSE
        EXECUTE members_unit_count_sql('SELECT 1 AS sign, n.unit_id, n.unit_path FROM members_person_new n '
            || 'UNION ALL SELECT -1 AS sign, o.unit_id, o.unit_path FROM members_person_old o');
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER members_person_unit_count_insert AFTER INSERT ON members_person
    REFERENCING NEW TABLE AS members_person_new FOR EACH STATEMENT EXECUTE FUNCTION members_person_unit_count();
CREATE TRIGGER members_person_unit_count_update AFTER UPDATE ON members_person
    REFERENCING OLD TABLE AS members_person_old NEW TABLE AS members_person_new
    FOR EACH STATEMENT EXECUTE FUNCTION members_person_unit_count();
CREATE TRIGGER members_person_unit_count_delete AFTER DELETE ON members_person
    REFERENCING OLD TABLE AS members_person_old FOR EACH STATEMENT EXECUTE FUNCTION members_person_unit_count();

CREATE FUNCTION members_person_unit_count_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    DELETE FROM members_unit_count;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER members_person_unit_count_truncate AFTER TRUNCATE ON members_person
    FOR EACH STATEMENT EXECUTE FUNCTION members_person_unit_count_truncate();

-- the people registered already
INSERT INTO members_unit_count (unit_id, unit_path, people)
SELECT unit_id, unit_path, count(*) FROM members_person GROUP BY 1, 2;
