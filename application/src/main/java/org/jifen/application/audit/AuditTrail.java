package org.jifen.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;

/**
 * Writes audit events to the log, each chained to its predecessor by SHA-256. Call it inside the
 * transaction of the decision it records, so the event and the decision are kept or lost together.
 * Details must already be masked: no full ID number or phone goes into the log.
 */
public final class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Appends an event for this caller, action, subject (a person or application id) and masked details. Any
     * whole ID number or mobile number left in the details (a reason typed by a person, say) is masked here.
     */
    public AuditEvent record(Caller caller, AuditAction action, String subject, String maskedDetails) {
        String details = maskPersonalNumbers(maskedDetails);
        Optional<AuditEvent> last = log.last();
        long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
        String previous = last.map(AuditEvent::hash).orElse(AuditEvent.GENESIS);
        // databases keep whole microseconds: hash what will be read back, whatever the clock's precision
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        AuditEvent unsigned = new AuditEvent(sequence, at, caller.subject(), caller.role().name(), action, subject,
                details, previous, "");
        AuditEvent event = new AuditEvent(sequence, unsigned.at(), unsigned.actor(), unsigned.role(), action, subject,
                details, previous, hash(unsigned));
        log.append(event);
        return event;
    }

    /**
     * Free text with every resident ID number (17 digits and a check character) masked as
     * {@code IdNumber.masked()} shows it ({@code 330203********1232}) and every mobile number (11 digits
     * from 1) as {@code PhoneNumber.masked()} does ({@code 138****5678}): for reasons and notes typed by
     * people, which may name someone by number.
     */
    public static String maskPersonalNumbers(String text) {
        return text.replaceAll("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])", "$1********$2")
                .replaceAll("(?<![0-9])(1[0-9]{2})[0-9]{4}([0-9]{4})(?![0-9])", "$1****$2");
    }

    /** The SHA-256 of an event's canonical content, as lower-case hex. */
    public static String hash(AuditEvent event) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(event.canonicalContent().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
