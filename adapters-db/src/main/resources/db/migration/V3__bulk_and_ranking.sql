-- Jifen schema, version 3: indexes for the bulk paths and the district ranking of usable scores.
--
-- One script for both databases. PostgreSQL also gets a covering index of the ledger for the ranking
-- (db/postgresql/V3_1__ranking_covering_index.sql): H2 has no INCLUDE columns, and on H2 (the embedded,
-- small-scale default) the ranking reads the entries through ledger_entry_person (person_id, …).

-- The residents of a district, in person-id order: findByDistrict, auto-scoring a district, and the
-- ranking (which joins the residents to their entries and lists every resident).
CREATE INDEX person_residence_district ON person (residence_district, person_id);
