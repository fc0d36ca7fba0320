package org.jifen.bootstrap;

import java.util.Objects;
import java.util.UUID;
import org.jifen.application.port.out.shared.IdGenerator;

/**
 * The production {@link IdGenerator}: {@code PREFIX-} followed by a random (version 4) UUID, e.g.
 * {@code APP-3b0f6c1e-8d4a-4f7e-9a51-2c7d0e6b9f13}. 122 random bits from the JDK's
 * {@link java.security.SecureRandom}: unique across nodes and restarts without coordination, unguessable,
 * and never derived from personal data (an id says nothing about the person or the order of filing).
 * Ids fit the domain's 64-character limit with a prefix of up to 26 characters.
 */
public final class RandomIdGenerator implements IdGenerator {

    /** A prefix: letters and digits, starting with a letter or digit (APP, APL, PER, RND…). */
    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,25}");

    @Override
    public String next(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("an id prefix is 1 to 26 letters, digits or '_', got '" + prefix + "'");
        }
        return prefix + "-" + UUID.randomUUID();
    }
}
