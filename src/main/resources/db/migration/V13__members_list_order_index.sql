-- The member list's default order (pinyin of the name, then id) served by an index, so a page of
-- 20 out of 100,000 people is an index scan with a limit rather than a sort of the whole registry.
-- (The text_pattern_ops index on name_key serves prefix LIKE only, not ORDER BY.) Measured with
-- bench/run --members 100000: docs/performance.md "Member list".
CREATE INDEX members_person_name_order_idx ON members_person (name_key, id);
