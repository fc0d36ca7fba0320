-- PostgreSQL only (H2 has no PL/pgSQL; on H2 these tables are append-only by the code alone, which has
-- no UPDATE or DELETE of them).
--
-- The audit log, programmes and allocation rounds are written once and never changed: the triggers of
-- jifen_refuse_change() (V1_1, SQLSTATE JF001) refuse UPDATE, DELETE and TRUNCATE of them, whoever the role.

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER programme_append_only
    BEFORE UPDATE OR DELETE ON programme
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER programme_no_truncate
    BEFORE TRUNCATE ON programme
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER programme_tie_break_append_only
    BEFORE UPDATE OR DELETE ON programme_tie_break
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER programme_tie_break_no_truncate
    BEFORE TRUNCATE ON programme_tie_break
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER programme_place_append_only
    BEFORE UPDATE OR DELETE ON programme_place
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER programme_place_no_truncate
    BEFORE TRUNCATE ON programme_place
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER allocation_round_append_only
    BEFORE UPDATE OR DELETE ON allocation_round
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER allocation_round_no_truncate
    BEFORE TRUNCATE ON allocation_round
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER round_place_append_only
    BEFORE UPDATE OR DELETE ON round_place
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER round_place_no_truncate
    BEFORE TRUNCATE ON round_place
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER round_candidate_append_only
    BEFORE UPDATE OR DELETE ON round_candidate
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER round_candidate_no_truncate
    BEFORE TRUNCATE ON round_candidate
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();

CREATE TRIGGER round_result_append_only
    BEFORE UPDATE OR DELETE ON round_result
    FOR EACH ROW EXECUTE PROCEDURE jifen_refuse_change();
CREATE TRIGGER round_result_no_truncate
    BEFORE TRUNCATE ON round_result
    FOR EACH STATEMENT EXECUTE PROCEDURE jifen_refuse_change();
