-- The grants of the application's database role on PostgreSQL (not a migration: run by an
-- administrator after migrating, with ${schema} and ${role} replaced). Tested by
-- PostgresApplicationRoleTest. The role needs no UPDATE, DELETE or TRUNCATE on append-only tables.
GRANT USAGE ON SCHEMA ${schema} TO ${role};
-- append-only: the ledger (and the audit tables) take SELECT and INSERT only
GRANT SELECT, INSERT ON ${schema}.ledger_entry TO ${role};
-- catalogue versions are added, never changed
GRANT SELECT, INSERT ON ${schema}.catalogue, ${schema}.catalogue_indicator, ${schema}.catalogue_rule_level,
    ${schema}.catalogue_rule_age_band TO ${role};
-- a person's record changes (household members are replaced); system data is upserted
GRANT SELECT, INSERT, UPDATE ON ${schema}.person, ${schema}.system_data TO ${role};
GRANT SELECT, INSERT, DELETE ON ${schema}.household_member TO ${role};
-- Flyway reads its history at start-up (nothing pending: it changes nothing)
GRANT SELECT ON ${schema}.flyway_schema_history TO ${role};
-- V2, the workflow. Append-only: the audit log, programmes and rounds take SELECT and INSERT only.
GRANT SELECT, INSERT ON ${schema}.audit_event, ${schema}.programme, ${schema}.programme_tie_break,
    ${schema}.programme_place, ${schema}.allocation_round, ${schema}.round_place, ${schema}.round_candidate,
    ${schema}.round_result TO ${role};
-- applications, appeals and entitlements change state (decisions, publication, revocation); the outbox
-- marks records forwarded; a calendar year is added once
GRANT SELECT, INSERT, UPDATE ON ${schema}.points_application, ${schema}.appeal, ${schema}.entitlement,
    ${schema}.credit_outbox TO ${role};
GRANT SELECT, INSERT ON ${schema}.calendar_year TO ${role};
-- claims, deductions, corrections and a year's days are replaced whole
GRANT SELECT, INSERT, DELETE ON ${schema}.application_claim, ${schema}.application_deduction,
    ${schema}.appeal_correction, ${schema}.calendar_day TO ${role};
-- V4, idempotency keys: a first response is kept, never changed
GRANT SELECT, INSERT ON ${schema}.idempotency_record TO ${role};
