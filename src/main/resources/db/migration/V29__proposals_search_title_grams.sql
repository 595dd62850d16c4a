-- Search at 1M records (docs/performance.md "Proposals", ADR 7): the title's grams in their own
-- column, so that "title matches first" is a condition the index can answer rather than an order
-- that needs every match read; an index on (at, source_kind, source_id), so that a common query
-- walks the newest rows and stops after a page of matches; fresh statistics, from which the search
-- estimates how common a query is (pg_stats of grams and title_grams); a public flag, so that a
-- member's search reads the public rows and the member's own rather than every row.

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
-- the record is visible to every signed-in user, as its owning part says (SourceRecords.publicAmong:
-- a registered proposal made public; reports never are). A member's search reads these rows and the
-- member's own (SourceRecords.beyondPublic) instead of every row.
ALTER TABLE proposals_search_text ADD COLUMN public_visible BOOLEAN NOT NULL DEFAULT false;

-- every row is rewritten: maintaining the large GIN index row by row would cost more than building
-- it again once
DROP INDEX proposals_search_text_grams_idx;
UPDATE proposals_search_text s SET title_grams = proposals_search_grams(s.title),
    public_visible = s.source_kind = 'PROPOSAL' AND EXISTS (SELECT 1 FROM proposals_proposal p WHERE p.id = s.source_id
        AND p.public_visible AND p.status IN ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED'));
CREATE INDEX proposals_search_text_grams_idx ON proposals_search_text USING GIN (grams);
CREATE INDEX proposals_search_text_title_grams_idx ON proposals_search_text USING GIN (title_grams);
-- the title's grams ride along, so that the walk for title matches reads this index only (the rows,
-- 1.3 kB each and in no order of time, would cost a page read per row walked)
CREATE INDEX proposals_search_text_at_idx ON proposals_search_text (at, source_kind, source_id) INCLUDE (title_grams);
-- the same walk over the public rows only, for members
CREATE INDEX proposals_search_text_public_at_idx ON proposals_search_text (at, source_kind, source_id)
    INCLUDE (title_grams) WHERE public_visible;

-- a party organisation's or an office's own records, listed for its searches (beyondPublic)
CREATE INDEX proposals_proposal_organisation_idx ON proposals_proposal (proposer_unit_id)
    WHERE proposer_kind = 'ORGANISATION';
CREATE INDEX proposals_report_office_idx ON proposals_report (reporter_unit_id) WHERE reporter_kind = 'UNIT';

ANALYZE proposals_search_text;
