-- PostgreSQL only (H2 has no PL/pgSQL; on H2 the ledger is append-only by the code alone, which has
-- no UPDATE or DELETE of ledger_entry).
--
-- jifen_refuse_change() refuses any UPDATE, DELETE or TRUNCATE of the table it guards, with
-- SQLSTATE JF001, whoever the role. Later append-only tables (the audit log) attach it the same way.
-- EXECUTE PROCEDURE (not FUNCTION) so that PostgreSQL-derived databases based on older versions
-- accept the script too; PostgreSQL 17 treats both the same.

CREATE FUNCTION jifen_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'JF001';
END;
$$;

CREATE TRIGGER ledger_entry_append_only
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();
