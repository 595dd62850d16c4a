-- Proposal and report figures per month, kept by triggers, so that the figures of a district for a
-- year read a few thousand rows instead of the ~130,000 steps and ~100,000 records behind them at
-- 1M records (docs/performance.md "Proposals"). The same design as demands_figure_month (V18).
--
-- One row per office month (Asia/Shanghai), metric and proposing or reporting unit (id and path, as
-- the records carry them); n is the number of facts of that group. The facts, one per record and
-- metric, dated as the figures date them (org.tongxin.proposals.performance.FigureCounts):
--   P_SUBMITTED                 a proposal, at submitted_at (its first submission)
--   P_REGISTERED, P_DECLINED,   a proposal's step of that kind (each happens at most once), at the
--   P_MERGED, P_CLOSED          step's time
--   P_REPLIED                   a proposal's first reply (the reply of round 1): a re-handled
--                               proposal is counted once, in the period it was first answered
--   R_SUBMITTED                 a report, at submitted_at
--   R_ACCEPTED                  an accepted report, at reviewed_at
--   R_ADOPTED_<level>           an adoption, on adopted_on
--   R_INSTRUCTED_<level>        a leader's instruction, on instructed_on
-- A proposal's steps and a report's adoptions and instructions count for the record's unit: when a
-- record's unit or path changes (a unit moved to another town), its facts move with it.
--
-- The triggers are per statement with transition tables (a workflow step adds one row's change, a
-- bulk insert one grouped upsert). Every change is a difference (+1 for the new state, -1 for the
-- old), so concurrent steps add up correctly. Deleting a proposal or report (the application never
-- does; scripts might) takes its facts and its children's facts away in a BEFORE ROW trigger, while
-- the children still exist; the children's own delete trigger then finds no parent and adds nothing.

CREATE TABLE proposals_figure_month (
    month      DATE          NOT NULL,
    metric     VARCHAR(32)   NOT NULL,
    unit_id    BIGINT        NOT NULL,
    unit_path  VARCHAR(1000) NOT NULL,
    n          BIGINT        NOT NULL,
    PRIMARY KEY (month, metric, unit_id, unit_path)
);

-- The facts of a set of rows as SQL (columns: sign, month, metric, unit id, unit path). "rows" is a
-- query of the rows of the named table with a first column sign (+1 or -1), e.g.
-- 'SELECT 1 AS sign, n.* FROM new_rows n'. The *_children sets are the facts of rows of other
-- tables that count for these parents' unit.
CREATE FUNCTION proposals_figure_facts(of_what TEXT, rows TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN CASE of_what
    WHEN 'proposal' THEN format($sql$
        SELECT p.sign, date_trunc('month', p.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
               'P_SUBMITTED'::text AS metric, p.proposer_unit_id AS unit_id, p.proposer_unit_path AS unit_path
        FROM (%s) AS p WHERE p.submitted_at IS NOT NULL $sql$, rows)
    WHEN 'proposal_children' THEN format($sql$
        SELECT p.sign, date_trunc('month', e.at AT TIME ZONE 'Asia/Shanghai')::date, 'P_' || e.kind,
               p.proposer_unit_id, p.proposer_unit_path
        FROM (%s) AS p JOIN proposals_event e ON e.proposal_id = p.id
        WHERE e.kind IN ('REGISTERED', 'DECLINED', 'MERGED', 'CLOSED') OR (e.kind = 'REPLIED' AND e.round = 1) $sql$, rows)
    WHEN 'event' THEN format($sql$
        SELECT e.sign, date_trunc('month', e.at AT TIME ZONE 'Asia/Shanghai')::date, 'P_' || e.kind,
               p.proposer_unit_id, p.proposer_unit_path
        FROM (%s) AS e JOIN proposals_proposal p ON p.id = e.proposal_id
        WHERE e.kind IN ('REGISTERED', 'DECLINED', 'MERGED', 'CLOSED') OR (e.kind = 'REPLIED' AND e.round = 1) $sql$, rows)
    WHEN 'report' THEN format($sql$
        SELECT r.sign, date_trunc('month', r.submitted_at AT TIME ZONE 'Asia/Shanghai')::date,
               'R_SUBMITTED'::text, r.reporter_unit_id, r.reporter_unit_path
        FROM (%1$s) AS r
        UNION ALL
        SELECT r.sign, date_trunc('month', r.reviewed_at AT TIME ZONE 'Asia/Shanghai')::date,
               'R_ACCEPTED'::text, r.reporter_unit_id, r.reporter_unit_path
        FROM (%1$s) AS r WHERE r.status = 'ACCEPTED' AND r.reviewed_at IS NOT NULL $sql$, rows)
    WHEN 'report_children' THEN format($sql$
        SELECT r.sign, date_trunc('month', a.adopted_on)::date, 'R_ADOPTED_' || a.level,
               r.reporter_unit_id, r.reporter_unit_path
        FROM (%1$s) AS r JOIN proposals_report_adoption a ON a.report_id = r.id
        UNION ALL
        SELECT r.sign, date_trunc('month', i.instructed_on)::date, 'R_INSTRUCTED_' || i.leader_level,
               r.reporter_unit_id, r.reporter_unit_path
        FROM (%1$s) AS r JOIN proposals_report_instruction i ON i.report_id = r.id $sql$, rows)
    WHEN 'adoption' THEN format($sql$
        SELECT a.sign, date_trunc('month', a.adopted_on)::date, 'R_ADOPTED_' || a.level,
               r.reporter_unit_id, r.reporter_unit_path
        FROM (%s) AS a JOIN proposals_report r ON r.id = a.report_id $sql$, rows)
    WHEN 'instruction' THEN format($sql$
        SELECT i.sign, date_trunc('month', i.instructed_on)::date, 'R_INSTRUCTED_' || i.leader_level,
               r.reporter_unit_id, r.reporter_unit_path
        FROM (%s) AS i JOIN proposals_report r ON r.id = i.report_id $sql$, rows)
    END;
END
$fn$;

-- The statement that adds a set of facts, grouped; groups whose changes cancel out are skipped
-- (a workflow step that changes neither the date nor the unit of a fact writes nothing).
CREATE FUNCTION proposals_figure_month_sql(facts TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN format($sql$
        INSERT INTO proposals_figure_month AS f (month, metric, unit_id, unit_path, n)
        SELECT x.month, x.metric, x.unit_id, x.unit_path, sum(x.sign)
        FROM (%s) AS x (sign, month, metric, unit_id, unit_path)
        GROUP BY 1, 2, 3, 4
        HAVING sum(x.sign) <> 0
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, metric, unit_id, unit_path) DO UPDATE SET n = f.n + excluded.n
    $sql$, facts);
END
$fn$;

-- AFTER … FOR EACH STATEMENT, transition tables named new_rows and old_rows. TG_ARGV[0]: what the
-- rows are (see proposals_figure_facts); TG_ARGV[1], for a parent table: its children's facts,
-- which follow the parent's unit. Executed here: transition tables are visible only to the queries
-- of the trigger's own function.
CREATE FUNCTION proposals_figures_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
DECLARE
    rows TEXT;
BEGIN
    rows := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
        ELSE 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1 AS sign, o.* FROM old_rows o'
    END;
    EXECUTE proposals_figure_month_sql(proposals_figure_facts(TG_ARGV[0], rows));
    IF TG_NARGS > 1 AND TG_OP = 'UPDATE' THEN
        EXECUTE proposals_figure_month_sql(proposals_figure_facts(TG_ARGV[1], rows));
    END IF;
    RETURN NULL;
END
$fn$;

-- BEFORE DELETE FOR EACH ROW on a parent: its facts and its children's, while the children exist.
CREATE FUNCTION proposals_figures_parent_deleted() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE proposals_figure_month_sql(proposals_figure_facts(TG_ARGV[0], 'SELECT -1 AS sign, ($1).*')) USING OLD;
    EXECUTE proposals_figure_month_sql(proposals_figure_facts(TG_ARGV[1], 'SELECT -1 AS sign, ($1).*')) USING OLD;
    RETURN OLD;
END
$fn$;

-- TRUNCATE: the metrics named by TG_ARGV[0] (a LIKE pattern), except TG_ARGV[1] if given.
CREATE FUNCTION proposals_figures_truncated() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
    DELETE FROM proposals_figure_month
    WHERE metric LIKE TG_ARGV[0] AND (TG_NARGS < 2 OR metric <> TG_ARGV[1]);
    RETURN NULL;
END
$fn$;

CREATE TRIGGER proposals_proposal_figures_insert AFTER INSERT ON proposals_proposal
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('proposal', 'proposal_children');
CREATE TRIGGER proposals_proposal_figures_update AFTER UPDATE ON proposals_proposal
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('proposal', 'proposal_children');
CREATE TRIGGER proposals_proposal_figures_delete BEFORE DELETE ON proposals_proposal
    FOR EACH ROW EXECUTE FUNCTION proposals_figures_parent_deleted('proposal', 'proposal_children');
CREATE TRIGGER proposals_proposal_figures_truncate AFTER TRUNCATE ON proposals_proposal
    FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_truncated('P\_%');

CREATE TRIGGER proposals_event_figures_insert AFTER INSERT ON proposals_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('event');
CREATE TRIGGER proposals_event_figures_update AFTER UPDATE ON proposals_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('event');
CREATE TRIGGER proposals_event_figures_delete AFTER DELETE ON proposals_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('event');
CREATE TRIGGER proposals_event_figures_truncate AFTER TRUNCATE ON proposals_event
    FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_truncated('P\_%', 'P_SUBMITTED');

CREATE TRIGGER proposals_report_figures_insert AFTER INSERT ON proposals_report
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('report', 'report_children');
CREATE TRIGGER proposals_report_figures_update AFTER UPDATE ON proposals_report
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('report', 'report_children');
CREATE TRIGGER proposals_report_figures_delete BEFORE DELETE ON proposals_report
    FOR EACH ROW EXECUTE FUNCTION proposals_figures_parent_deleted('report', 'report_children');
CREATE TRIGGER proposals_report_figures_truncate AFTER TRUNCATE ON proposals_report
    FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_truncated('R\_%');

CREATE TRIGGER proposals_report_adoption_figures_insert AFTER INSERT ON proposals_report_adoption
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('adoption');
CREATE TRIGGER proposals_report_adoption_figures_update AFTER UPDATE ON proposals_report_adoption
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('adoption');
CREATE TRIGGER proposals_report_adoption_figures_delete AFTER DELETE ON proposals_report_adoption
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('adoption');
CREATE TRIGGER proposals_report_adoption_figures_truncate AFTER TRUNCATE ON proposals_report_adoption
    FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_truncated('R\_ADOPTED\_%');

CREATE TRIGGER proposals_report_instruction_figures_insert AFTER INSERT ON proposals_report_instruction
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('instruction');
CREATE TRIGGER proposals_report_instruction_figures_update AFTER UPDATE ON proposals_report_instruction
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION proposals_figures_changed('instruction');
CREATE TRIGGER proposals_report_instruction_figures_delete AFTER DELETE ON proposals_report_instruction
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_changed('instruction');
CREATE TRIGGER proposals_report_instruction_figures_truncate AFTER TRUNCATE ON proposals_report_instruction
    FOR EACH STATEMENT EXECUTE FUNCTION proposals_figures_truncated('R\_INSTRUCTED\_%');

-- the records that exist already
DO $do$
BEGIN
    EXECUTE proposals_figure_month_sql(proposals_figure_facts('proposal', 'SELECT 1 AS sign, p.* FROM proposals_proposal p'));
    EXECUTE proposals_figure_month_sql(proposals_figure_facts('event', 'SELECT 1 AS sign, e.* FROM proposals_event e'));
    EXECUTE proposals_figure_month_sql(proposals_figure_facts('report', 'SELECT 1 AS sign, r.* FROM proposals_report r'));
    EXECUTE proposals_figure_month_sql(proposals_figure_facts('adoption', 'SELECT 1 AS sign, a.* FROM proposals_report_adoption a'));
    EXECUTE proposals_figure_month_sql(proposals_figure_facts('instruction', 'SELECT 1 AS sign, i.* FROM proposals_report_instruction i'));
END
$do$;
