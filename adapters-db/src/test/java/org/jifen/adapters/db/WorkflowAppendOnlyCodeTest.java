package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit log, programmes and rounds are append-only in the code as well: no statement of their
 * adapters changes or removes a row.
 */
class WorkflowAppendOnlyCodeTest {

    private static final Pattern CHANGING_SQL = Pattern.compile("\\b(UPDATE|DELETE|TRUNCATE|MERGE|UPSERT)\\b"
            + "|ON\\s+CONFLICT", Pattern.CASE_INSENSITIVE);

    private static final Path SOURCES = Path.of("src/main/java/org/jifen/adapters/db");

    @Test
    void theAuditProgrammeAndRoundAdapters_holdNoUpdateDeleteTruncateOrMerge() throws Exception {
        List<Path> files = List.of("audit/JdbiAuditLog.java", "audit/AuditDao.java", "audit/AuditEventRow.java",
                "programme/JdbiProgrammeRepository.java", "programme/ProgrammeDao.java",
                "programme/JdbiRoundRepository.java", "programme/RoundDao.java").stream().map(SOURCES::resolve).toList();

        for (Path file : files) {
            assertThat(file).exists();
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            assertThat(CHANGING_SQL.matcher(code).find()).as(file + " changes rows").isFalse();
        }
    }
}
