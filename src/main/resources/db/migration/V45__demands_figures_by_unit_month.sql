-- The demand figures by month and arising unit only, kept beside demands_figure_month (V18) by the
-- same triggers: what a dashboard reads. demands_figure_month also splits every month and unit by
-- handling unit and category (23,000 rows for a district-year at 1M cases); the dashboard shows
-- neither, and the same year here is ~1,800 rows (docs/performance.md "Dashboard and work report").
-- Every row equals the sum of demands_figure_month's rows of its month and unit path
-- (DemandFiguresTests checks it after steps, moves and deletions).

CREATE TABLE demands_figure_unit_month (
    month              DATE          NOT NULL,
    unit_path          VARCHAR(1000) NOT NULL,
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
    PRIMARY KEY (month, unit_path)
);

-- The same change, grouped by month and unit path only (see demands_figure_month_sql).
CREATE FUNCTION demands_figure_unit_month_sql(source TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN format($sql$
        INSERT INTO demands_figure_unit_month AS f
        SELECT date_trunc('month', c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date, c.unit_path,
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
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (month, unit_path) DO UPDATE SET
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

-- The zeros of a new group's first row, as for demands_figure_month (same column names).
CREATE TRIGGER demands_figure_unit_month_zero BEFORE INSERT ON demands_figure_unit_month
    FOR EACH ROW EXECUTE FUNCTION demands_figure_month_zero();

-- The case triggers now keep both tables (the triggers themselves are unchanged: they call this).
CREATE OR REPLACE FUNCTION demands_case_figures() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
DECLARE
    source TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        source := 'SELECT 1 AS sign, n.* FROM demands_case_new n';
    ELSIF TG_OP = 'DELETE' THEN
        source := 'SELECT -1 AS sign, o.* FROM demands_case_old o';
    ELSE
        source := 'SELECT 1 AS sign, n.* FROM demands_case_new n UNION ALL SELECT -1 AS sign, o.* FROM demands_case_old o';
    END IF;
    EXECUTE demands_figure_month_sql(source);
    EXECUTE demands_figure_unit_month_sql(source);
    RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION demands_case_figures_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    DELETE FROM demands_figure_month;
    DELETE FROM demands_figure_unit_month;
    RETURN NULL;
END
$fn$;

-- the months kept so far: the sums of the finer rows
INSERT INTO demands_figure_unit_month
SELECT month, unit_path, sum(received), sum(accepted), sum(declined), sum(answered), sum(answered_on_time),
       sum(ever_late), sum(closed), sum(rated), sum(satisfied), sum(reopened), sum(enterprise), sum(enterprise_solved),
       sum(enterprise_amount)
FROM demands_figure_month
GROUP BY month, unit_path;
