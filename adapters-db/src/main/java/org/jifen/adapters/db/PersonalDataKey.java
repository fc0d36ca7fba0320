package org.jifen.adapters.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The secret that protects personal data at rest: 128 or 256 bits, given to the database module by
 * configuration (never stored in the repository, never printed). The encryption key and the key of
 * the lookup hash are both derived from it.
 */
public final class PersonalDataKey {

    private final byte[] bytes;

    private PersonalDataKey(byte[] bytes) {
        if (bytes.length != 16 && bytes.length != 32) {
            throw new DatabaseConfigurationException("INVALID_PERSONAL_DATA_KEY",
                    "a personal-data key is 128 or 256 bits (16 or 32 bytes), got " + bytes.length + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static PersonalDataKey of(byte[] bytes) {
        return new PersonalDataKey(bytes);
    }

    /** The key written in base64 (as in an environment variable or a secrets file). */
    public static PersonalDataKey fromBase64(String base64) {
        try {
            return new PersonalDataKey(Base64.getDecoder().decode(base64 == null ? "" : base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new DatabaseConfigurationException("INVALID_PERSONAL_DATA_KEY",
                    "a personal-data key is written in base64");
        }
    }

    /** A new random 256-bit key. */
    public static PersonalDataKey generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new PersonalDataKey(bytes);
    }

    /**
     * The key in {@code file}, created (256 bits, readable by the owner only) when there is none: for
     * the embedded database, whose key lives beside it.
     */
    public static PersonalDataKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PersonalDataKey key = generate();
            try {
                Files.writeString(file, key.toBase64() + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a non-POSIX file system keeps its default permissions
            }
            return key;
        } catch (IOException e) {
            throw new DatabaseConfigurationException("INVALID_PERSONAL_DATA_KEY",
                    "cannot read or create the personal-data key file " + file, e);
        }
    }

    String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalDataKey key && Arrays.equals(key.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "PersonalDataKey[" + bytes.length * 8 + " bits]";
    }
}
