-- PostgreSQL only: the ranking of usable scores (JdbiUsableScoreQuery) reads, for every resident of a
-- district, the entries effective on or before a date and recorded at or before a time, and needs of each
-- only its catalogue version, jurisdiction, tier, indicator and points. This index holds exactly that, in
-- person order, so the ranking is an index-only scan of the ledger (the table itself is not read once
-- VACUUM has marked its pages all-visible, which autovacuum does for an append-only table) joined in
-- person order to person_residence_district.
CREATE INDEX ledger_entry_usable_score ON ledger_entry (person_id, effective_on)
    INCLUDE (recorded_at, catalogue_version, jurisdiction, tier, indicator_code, points);
