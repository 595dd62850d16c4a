-- Search at 1M records (docs/performance.md "Proposals", ADR 7): the title's grams in their own
-- column, so that "title matches first" is a condition the index can answer rather than an order
-- that needs every match read; an index on (at, source_kind, source_id), so that a common query
-- walks the newest rows and stops after a page of matches; fresh statistics, from which the search
-- estimates how common a query is (pg_stats of grams and title_grams).

-- The grams of a text as Grams.ofText cuts them for ideographs and ASCII letters and digits (each run
-- of ideographs gives its characters then its overlapping pairs, a run of letters and digits the
-- lower-cased word; first occurrence first, no duplicates). For rows written before this migration
-- and for the bench's seeding; the application cuts grams in Java (Grams), which also normalises
-- (NFKC) and knows letters beyond ASCII, and rewrites a row whenever its record changes.
-- ProposalSeedGramsTests checks this function against Grams.ofText.
CREATE FUNCTION proposals_search_grams(text TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(array_agg(x.g ORDER BY x.k), '{}'::text[]) FROM (
      SELECT y.g, min(y.k) AS k FROM (
        SELECT s.g, m.n * 1000000 + s.k AS k
        FROM regexp_matches(lower(text), '[\u3400-\u4dbf\u4e00-\u9fef]+|[a-z0-9]+', 'g') WITH ORDINALITY AS m (run, n)
        CROSS JOIN LATERAL (
          SELECT substr(m.run[1], i, 1) AS g, i AS k FROM generate_series(1, length(m.run[1])) i
            WHERE m.run[1] !~ '^[a-z0-9]'
          UNION ALL
          SELECT substr(m.run[1], i, 2), 500000 + i FROM generate_series(1, length(m.run[1]) - 1) i
            WHERE m.run[1] !~ '^[a-z0-9]'
          UNION ALL
          SELECT m.run[1], 0 WHERE m.run[1] ~ '^[a-z0-9]') s
      ) y GROUP BY y.g) x
$fn$;

-- Whether a gram array holds every gram of a query, for the search's walk over the newest rows. A
-- PL/pgSQL function is opaque to the planner: it neither inlines it into an indexable @> (the walk
-- must not turn into a read of every match through the GIN index) nor estimates it from the gram
-- statistics, which take the pairs of one word as independent (乡村∧村振∧振兴: 33 rows estimated,
-- 32,000 found) and then prefer a sequential scan to the walk. Its default estimate (a third of
-- the rows) makes the walk the plan, which is what the application chose it for.
CREATE FUNCTION proposals_search_holds(grams TEXT[], query TEXT[]) RETURNS BOOLEAN
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
BEGIN
    RETURN grams @> query;
END
$fn$;

ALTER TABLE proposals_search_text ADD COLUMN title_grams TEXT[] NOT NULL DEFAULT '{}';

-- every row is rewritten: maintaining the large GIN index row by row would cost more than building
-- it again once
DROP INDEX proposals_search_text_grams_idx;
UPDATE proposals_search_text SET title_grams = proposals_search_grams(title);
CREATE INDEX proposals_search_text_grams_idx ON proposals_search_text USING GIN (grams);
CREATE INDEX proposals_search_text_title_grams_idx ON proposals_search_text USING GIN (title_grams);
CREATE INDEX proposals_search_text_at_idx ON proposals_search_text (at, source_kind, source_id);

ANALYZE proposals_search_text;
