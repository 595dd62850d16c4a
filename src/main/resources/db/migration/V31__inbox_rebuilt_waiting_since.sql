-- "Waiting since" now comes from each record's own history (when the step that waits began), not
-- from the moment the inbox first read the record: the first build of an existing deployment had
-- given every item its build time. Forgetting which record types were read makes the next start
-- read every open record again (InboxBuild), which replaces each record's items with the real times.
DELETE FROM inbox_source;
