-- The edited text of a work report, saved as a draft per unit and period (one draft per unit and
-- period, shared by whoever writes it; the last save wins), with the figures each section's text
-- was written from, so that "核对数字" still flags what changed since.
CREATE TABLE dashboard_report_draft (
    unit_code      VARCHAR(40)   NOT NULL,
    period_key     VARCHAR(40)   NOT NULL,
    module         VARCHAR(40)   NOT NULL,
    text           TEXT          NOT NULL,
    snapshot       TEXT          NOT NULL,
    saved_by       BIGINT        NOT NULL,
    saved_by_name  VARCHAR(200)  NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_code, period_key, module)
);
