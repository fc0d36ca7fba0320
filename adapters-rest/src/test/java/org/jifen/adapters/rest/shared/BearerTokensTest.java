package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    private static final String FILE = """
            tokens:
              - token: plain-secret-1
                subject: clerk-hs
                role: CLERK
                jurisdiction: "330203"
              - sha256: %s
                subject: reviewer-hs
                role: REVIEWER
                jurisdiction: "330203"
                department: HRSS
              - token: applicant-secret
                subject: applicant-p1
                role: APPLICANT
                jurisdiction: "330203"
                personId: P1
            """.formatted(HexFormat.of().formatHex(BearerTokens.sha256("hashed-secret-2")));

    private final BearerTokens tokens = read(FILE);

    @Test
    void plainAndHashedEntries_authenticateAsTheirCaller() {
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.authenticate("Bearer plain-secret-1"))
                .isEqualTo(Caller.of("clerk-hs", Role.CLERK, DivisionCode.of("330203")));
        assertThat(tokens.authenticate("bearer hashed-secret-2"))
                .isEqualTo(new Caller("reviewer-hs", Role.REVIEWER, DivisionCode.of("330203"),
                        Optional.of(Department.HRSS), Optional.empty()));
        assertThat(tokens.authenticate("Bearer applicant-secret").person()).contains(PersonId.of("P1"));
    }

    @Test
    void unknownMissingOrNonBearerCredentials_are401WithoutEchoingTheToken() {
        for (String header : new String[] {null, "", "Bearer wrong-secret", "Basic cGxhaW4tc2VjcmV0LTE=",
                "Bearer hashed-secret-2x"}) {
            assertThatThrownBy(() -> tokens.authenticate(header))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
                        assertThat(e.getMessage()).doesNotContain("secret");
                    });
        }
    }

    @Test
    void anEntryWithBothTokenAndDigest_isRefusedNamingTheEntryNotTheToken() {
        assertThatThrownBy(() -> read("""
                tokens:
                  - token: top-secret
                    sha256: abcd
                    subject: x
                    role: ADMIN
                    jurisdiction: "330000"
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1").hasMessageContaining("exactly one of token and sha256")
                .hasMessageNotContaining("top-secret");
    }

    @Test
    void aReviewerWithoutDepartment_orAnUnknownRole_isRefused() {
        assertThatThrownBy(() -> read("tokens:\n  - token: t\n    subject: r\n    role: REVIEWER\n    jurisdiction: \"330203\"\n"))
                .hasMessageContaining("entry 1").hasMessageContaining("department");
        assertThatThrownBy(() -> read("tokens:\n  - token: t\n    subject: r\n    role: KING\n    jurisdiction: \"330203\"\n"))
                .hasMessageContaining("entry 1");
    }

    @Test
    void aTokensFileOnDisk_isLoaded_plainAndHashedEntries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("tokens.yaml"), FILE);

        BearerTokens loaded = BearerTokens.load(file);

        assertThat(loaded.size()).isEqualTo(3);
        assertThat(loaded.authenticate("Bearer plain-secret-1").subject()).isEqualTo("clerk-hs");
        assertThat(loaded.authenticate("Bearer hashed-secret-2").department()).contains(Department.HRSS);
    }

    @Test
    void aMalformedTokensFileOnDisk_isRefusedNamingTheFileAndTheEntry(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path badDigest = java.nio.file.Files.writeString(dir.resolve("bad.yaml"), """
                tokens:
                  - token: fine-secret
                    subject: a
                    role: ADMIN
                    jurisdiction: "330000"
                  - sha256: not-hex-at-all
                    subject: b
                    role: AUDITOR
                    jurisdiction: "330200"
                """);
        java.nio.file.Path notYaml = java.nio.file.Files.writeString(dir.resolve("broken.yaml"), "tokens: [ {token: x\n");

        assertThatThrownBy(() -> BearerTokens.load(badDigest)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yaml entry 2").hasMessageContaining("sha256")
                .hasMessageNotContaining("fine-secret");
        assertThatThrownBy(() -> BearerTokens.load(notYaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.yaml").hasMessageContaining("not a valid tokens YAML file");
        assertThatThrownBy(() -> BearerTokens.load(dir.resolve("missing.yaml")))
                .hasMessageContaining("missing.yaml").hasMessageContaining("cannot be read");
    }

    private static BearerTokens read(String yaml) {
        return BearerTokens.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "tokens.yaml");
    }
}
