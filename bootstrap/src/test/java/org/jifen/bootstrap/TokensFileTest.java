package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jifen.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {

    @Test
    void readOrCreate_createsOneAdminTokenReadableByTheOwnerOnly_andReusesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("tokens.yaml");

        TokensFile.Loaded created = TokensFile.readOrCreate(file);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        TokensFile.Loaded again = TokensFile.readOrCreate(file);

        assertThat(created.created()).isTrue();
        assertThat(created.tokens().size()).isEqualTo(1);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String token = content.replaceAll("(?s).*token: \"([^\"]+)\".*", "$1");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.tokens().authenticate("Bearer " + token).role()).isEqualTo(Role.ADMIN);
        assertThat(again.created()).isFalse();
        assertThat(again.tokens().authenticate("Bearer " + token).jurisdiction().value()).isEqualTo("330000");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(content);
    }

    @Test
    void twoFiles_holdDifferentTokens(@TempDir Path dir) throws Exception {
        TokensFile.readOrCreate(dir.resolve("a.yaml"));
        TokensFile.readOrCreate(dir.resolve("b.yaml"));

        assertThat(Files.readString(dir.resolve("a.yaml"))).isNotEqualTo(Files.readString(dir.resolve("b.yaml")));
    }

    @Test
    void aBrokenFile_isRefusedWithInvalidTokensFile_namingTheEntryNotTheToken(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens.yaml"),
                "tokens:\n  - token: \"s3cret-token-value\"\n    subject: x\n    role: EMPEROR\n    jurisdiction: \"330000\"\n");

        assertThatThrownBy(() -> TokensFile.readOrCreate(file))
                .isInstanceOfSatisfying(StartupException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_TOKENS_FILE");
                    assertThat(e.getMessage()).startsWith(file + " entry 1: ").doesNotContain("s3cret-token-value");
                });
        assertThat(Files.readString(file)).contains("EMPEROR");
    }
}
