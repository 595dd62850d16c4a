-- Demand figures per month, kept by triggers, so that the figures of a district for a year read a
-- few thousand rows instead of the ~300,000 cases behind them (docs/performance.md "Demands").
--
-- One row per office month of submission (Asia/Shanghai), unit where the case arises (its path),
-- handling unit (its path, '' before assignment) and category; each count is the number of cases
-- of that group with the property, as the figures define it (org.tongxin.demands.figures):
-- accepted = accepted_at set, answered = answered_at set, answered on time = answered and not
-- ever_late, rated = rating set, satisfied = SATISFIED or BASIC, reopened = reopened_count > 0,
-- enterprise = enterprise_id set, solved = enterprise and CLOSED, amount = sum of amounts of the
-- solved ones. "Overdue" is ever_late here; cases whose open deadline has passed but that are not
-- yet marked late depend on today and are counted live from the open cases.
--
-- The triggers are per statement with transition tables: a workflow step adds one row's change,
-- a bulk insert (the bench seeding) one grouped upsert. Every change is a difference (+1 for the
-- new state, -1 for the old), so concurrent steps on cases of the same group add up correctly.

CREATE TABLE demands_figure_month (
    month              DATE          NOT NULL,
    unit_path          VARCHAR(1000) NOT NULL,
    handling_path      VARCHAR(1000) NOT NULL,
    category_id        BIGINT        NOT NULL,
    received           BIGINT        NOT NULL,
    accepted           BIGINT        NOT NULL,
    declined           BIGINT        NOT NULL,
    answered           BIGINT        NOT NULL,
    answered_on_time   BIGINT        NOT NULL,
    ever_late          BIGINT        NOT NULL,
    closed             BIGINT        NOT NULL,
    rated              BIGINT        NOT NULL,
    satisfied          BIGINT        NOT NULL,
    reopened           BIGINT        NOT NULL,
    enterprise         BIGINT        NOT NULL,
    enterprise_solved  BIGINT        NOT NULL,
    enterprise_amount  NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (month, unit_path, handling_path, category_id)
);

-- The statement that adds the change of a set of case rows (source: "select sign, c.* ..." with
-- sign +1 or -1), grouped. Executed by the trigger function itself: transition tables are visible
-- only to the queries of the trigger's own function, not to functions it calls.
CREATE FUNCTION demands_figure_month_sql(source TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN format($sql$
        INSERT INTO demands_figure_month AS f
        SELECT date_trunc('month', c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date, c.unit_path,
               coalesce(c.handling_unit_path, ''), c.category_id,
               sum(c.sign),
               sum(c.sign) FILTER (WHERE c.accepted_at IS NOT NULL),
               sum(c.sign) FILTER (WHERE c.status = 'DECLINED'),
               sum(c.sign) FILTER (WHERE c.answered_at IS NOT NULL),
               sum(c.sign) FILTER (WHERE c.answered_at IS NOT NULL AND NOT c.ever_late),
               sum(c.sign) FILTER (WHERE c.ever_late),
               sum(c.sign) FILTER (WHERE c.status = 'CLOSED'),
               sum(c.sign) FILTER (WHERE c.rating IS NOT NULL),
               sum(c.sign) FILTER (WHERE c.rating IN ('SATISFIED', 'BASIC')),
               sum(c.sign) FILTER (WHERE c.reopened_count > 0),
               sum(c.sign) FILTER (WHERE c.enterprise_id IS NOT NULL),
               sum(c.sign) FILTER (WHERE c.enterprise_id IS NOT NULL AND c.status = 'CLOSED'),
               sum(c.sign * c.amount) FILTER (WHERE c.enterprise_id IS NOT NULL AND c.status = 'CLOSED')
        FROM (%s) AS c
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, unit_path, handling_path, category_id) DO UPDATE SET
            received = f.received + excluded.received,
            accepted = f.accepted + coalesce(excluded.accepted, 0),
            declined = f.declined + coalesce(excluded.declined, 0),
            answered = f.answered + coalesce(excluded.answered, 0),
            answered_on_time = f.answered_on_time + coalesce(excluded.answered_on_time, 0),
            ever_late = f.ever_late + coalesce(excluded.ever_late, 0),
            closed = f.closed + coalesce(excluded.closed, 0),
            rated = f.rated + coalesce(excluded.rated, 0),
            satisfied = f.satisfied + coalesce(excluded.satisfied, 0),
            reopened = f.reopened + coalesce(excluded.reopened, 0),
            enterprise = f.enterprise + coalesce(excluded.enterprise, 0),
            enterprise_solved = f.enterprise_solved + coalesce(excluded.enterprise_solved, 0),
            enterprise_amount = f.enterprise_amount + coalesce(excluded.enterprise_amount, 0)
    $sql$, source);
END
$fn$;

-- A new group's first row arrives through the INSERT branch of the upsert, where a FILTER over no
-- matching row is NULL: make those zeros (the NOT NULL columns would refuse them).
CREATE FUNCTION demands_figure_month_zero() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.accepted := coalesce(NEW.accepted, 0);
    NEW.declined := coalesce(NEW.declined, 0);
    NEW.answered := coalesce(NEW.answered, 0);
    NEW.answered_on_time := coalesce(NEW.answered_on_time, 0);
    NEW.ever_late := coalesce(NEW.ever_late, 0);
    NEW.closed := coalesce(NEW.closed, 0);
    NEW.rated := coalesce(NEW.rated, 0);
    NEW.satisfied := coalesce(NEW.satisfied, 0);
    NEW.reopened := coalesce(NEW.reopened, 0);
    NEW.enterprise := coalesce(NEW.enterprise, 0);
    NEW.enterprise_solved := coalesce(NEW.enterprise_solved, 0);
    NEW.enterprise_amount := coalesce(NEW.enterprise_amount, 0);
    RETURN NEW;
END
$fn$;

CREATE TRIGGER demands_figure_month_zero BEFORE INSERT ON demands_figure_month
    FOR EACH ROW EXECUTE FUNCTION demands_figure_month_zero();

CREATE FUNCTION demands_case_figures() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE demands_figure_month_sql('SELECT 1 AS sign, n.* FROM demands_case_new n');
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE demands_figure_month_sql('SELECT -1 AS sign, o.* FROM demands_case_old o');
    ELSE
        EXECUTE demands_figure_month_sql('SELECT 1 AS sign, n.* FROM demands_case_new n '
            || 'UNION ALL SELECT -1 AS sign, o.* FROM demands_case_old o');
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER demands_case_figures_insert AFTER INSERT ON demands_case
    REFERENCING NEW TABLE AS demands_case_new FOR EACH STATEMENT EXECUTE FUNCTION demands_case_figures();
CREATE TRIGGER demands_case_figures_update AFTER UPDATE ON demands_case
    REFERENCING OLD TABLE AS demands_case_old NEW TABLE AS demands_case_new
    FOR EACH STATEMENT EXECUTE FUNCTION demands_case_figures();
CREATE TRIGGER demands_case_figures_delete AFTER DELETE ON demands_case
    REFERENCING OLD TABLE AS demands_case_old FOR EACH STATEMENT EXECUTE FUNCTION demands_case_figures();

CREATE FUNCTION demands_case_figures_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    DELETE FROM demands_figure_month;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER demands_case_figures_truncate AFTER TRUNCATE ON demands_case
    FOR EACH STATEMENT EXECUTE FUNCTION demands_case_figures_truncate();

-- cases that exist already
DO $do$
BEGIN
    EXECUTE demands_figure_month_sql('SELECT 1 AS sign, c.* FROM demands_case c');
END
$do$;

-- The live part of "overdue": open cases past their deadline that the sweep has not marked late
-- yet. Normally a handful (the sweep marks them), so the figures read them from this small index
-- alone instead of visiting every open case.
CREATE INDEX demands_case_late_unmarked_idx ON demands_case (status, accept_due, due_date)
    INCLUDE (submitted_at, unit_path, handling_unit_path, category_id)
    WHERE status IN ('SUBMITTED', 'HANDLING') AND NOT ever_late;
