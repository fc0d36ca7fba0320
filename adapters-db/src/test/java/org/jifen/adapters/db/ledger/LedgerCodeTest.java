package org.jifen.adapters.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ledger is append-only in the code as well: no statement of the ledger adapter changes a row. */
class LedgerCodeTest {

    private static final Pattern CHANGING_SQL = Pattern.compile("\\b(UPDATE|DELETE|TRUNCATE|MERGE|UPSERT)\\b"
            + "|ON\\s+CONFLICT", Pattern.CASE_INSENSITIVE);

    @Test
    void theLedgerAdaptersSources_holdNoUpdateDeleteTruncateOrMerge() throws Exception {
        Path sources = Path.of("src/main/java/org/jifen/adapters/db/ledger");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }

        assertThat(files).extracting(p -> p.getFileName().toString()).contains("JdbiLedgerRepository.java", "LedgerDao.java");
        for (Path file : files) {
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            assertThat(CHANGING_SQL.matcher(code).find()).as(file + " changes rows").isFalse();
        }
    }
}
