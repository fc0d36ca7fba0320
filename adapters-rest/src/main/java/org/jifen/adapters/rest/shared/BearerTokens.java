package org.jifen.adapters.rest.shared;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/**
 * The bearer tokens of the tokens file (INTERFACES.md "Tokens file"): each entry holds the token or its
 * SHA-256 ({@code sha256}, hex), and the caller it stands for. Only digests are kept in memory; a
 * presented token is hashed and compared with every entry in constant time
 * ({@link MessageDigest#isEqual}). Tokens never appear in messages or logs.
 */
public final class BearerTokens {

    private final List<Entry> entries;

    private record Entry(byte[] digest, Caller caller) {
    }

    /** One entry of the YAML file. */
    record TokenYaml(String token, String sha256, String subject, String role, String jurisdiction, String department,
            String personId) {
    }

    /** The YAML file: {@code tokens:} and the list. */
    record TokensYaml(List<TokenYaml> tokens) {
    }

    private BearerTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Tokens given in code (tests, an embedder): token → caller. */
    public static BearerTokens of(java.util.Map<String, Caller> tokens) {
        List<Entry> entries = new ArrayList<>();
        tokens.forEach((token, caller) -> entries.add(new Entry(sha256(token), caller)));
        return new BearerTokens(entries);
    }

    public static BearerTokens load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("tokens file " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads a tokens file; a bad entry is named by its position, never by its token. */
    public static BearerTokens read(InputStream yaml, String source) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        TokensYaml file;
        try {
            file = mapper.readValue(yaml, TokensYaml.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("tokens file " + source + " is not a valid tokens YAML file"
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                            ? " (line " + p.getLocation().getLineNr() + ")" : ""));
        }
        if (file == null || file.tokens() == null || file.tokens().isEmpty()) {
            throw new IllegalArgumentException("tokens file " + source + " holds no tokens");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < file.tokens().size(); i++) {
            entries.add(entry(file.tokens().get(i), source + " entry " + (i + 1)));
        }
        return new BearerTokens(entries);
    }

    private static Entry entry(TokenYaml yaml, String where) {
        boolean hasToken = yaml.token() != null && !yaml.token().isBlank();
        boolean hasDigest = yaml.sha256() != null && !yaml.sha256().isBlank();
        if (hasToken == hasDigest) {
            throw new IllegalArgumentException(where + ": give exactly one of token and sha256");
        }
        byte[] digest;
        if (hasToken) {
            digest = sha256(yaml.token());
        } else {
            try {
                digest = HexFormat.of().parseHex(yaml.sha256().strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": sha256 is not hexadecimal");
            }
            if (digest.length != 32) {
                throw new IllegalArgumentException(where + ": sha256 must be 64 hexadecimal digits");
            }
        }
        try {
            Role role = Role.valueOf(required(yaml.role(), where, "role"));
            Caller caller = new Caller(required(yaml.subject(), where, "subject"), role,
                    DivisionCode.of(required(yaml.jurisdiction(), where, "jurisdiction")),
                    Optional.ofNullable(yaml.department()).map(Department::valueOf),
                    Optional.ofNullable(yaml.personId()).map(PersonId::of));
            return new Entry(digest, caller);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String required(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing");
        }
        return value.strip();
    }

    /**
     * The caller of an {@code Authorization} header value; 401 {@code UNAUTHENTICATED} when it is
     * missing, not a bearer token, or no token matches. Every entry is compared, match or not.
     */
    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(401, "UNAUTHENTICATED", "an Authorization: Bearer token is required");
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "UNAUTHENTICATED", "the Authorization header must be a bearer token");
        }
        return match(value.substring(7).strip())
                .orElseThrow(() -> new ApiException(401, "UNAUTHENTICATED", "the bearer token is not valid"));
    }

    /** The caller of an {@code Authorization} header value when it holds a valid bearer token (no refusal). */
    public Optional<Caller> find(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return match(value.substring(7).strip());
    }

    private Optional<Caller> match(String token) {
        byte[] presented = sha256(token);
        Caller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented) && found == null) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return entries.size();
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
