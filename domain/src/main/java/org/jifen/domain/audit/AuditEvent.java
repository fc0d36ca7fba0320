package org.jifen.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the append-only audit log: who (actor and role), what (action and details, with
 * personal data masked), when, on whom (subject), chained to its predecessor by hash so that any
 * change, deletion or reordering is detectable.
 */
public record AuditEvent(
        long sequence,
        Instant at,
        String actor,
        String role,
        AuditAction action,
        String subject,
        String details,
        String previousHash,
        String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * The text the hash covers: every field but the hash, in a fixed order. Free-text fields carry their
     * length ({@code 8:clerk-hs}), so no text can move from one field to the next (say from the details
     * into the subject) without changing the hash.
     */
    public String canonicalContent() {
        return sequence + "\n" + at + "\n" + field(actor) + "\n" + field(role) + "\n" + action + "\n"
                + field(subject) + "\n" + field(details) + "\n" + previousHash;
    }

    private static String field(String text) {
        return text.length() + ":" + text;
    }
}
