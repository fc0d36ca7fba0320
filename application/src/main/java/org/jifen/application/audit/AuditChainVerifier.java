package org.jifen.application.audit;

import java.util.List;
import org.jifen.application.port.in.audit.AuditVerification;
import java.util.Optional;
import org.jifen.domain.audit.AuditEvent;

/**
 * Checks the audit chain: sequences run 1, 2, 3… without gaps, each event links to its
 * predecessor's hash and its own hash matches its content. Names the first broken link.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static AuditVerification verify(List<AuditEvent> events) {
        String previous = AuditEvent.GENESIS;
        long expected = 1;
        for (AuditEvent event : events) {
            Optional<String> broken = brokenLink(event, expected, previous);
            if (broken.isPresent()) {
                return new AuditVerification(false, events.size(), Optional.of(event.sequence()), broken);
            }
            previous = event.hash();
            expected++;
        }
        return new AuditVerification(true, events.size(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> brokenLink(AuditEvent event, long expected, String previous) {
        if (event.sequence() != expected) {
            return Optional.of("event " + event.sequence() + " is where event " + expected
                    + " should be: an event was removed or moved");
        }
        if (!event.previousHash().equals(previous)) {
            return Optional.of("event " + event.sequence() + " does not link to the event before it");
        }
        if (!event.hash().equals(AuditTrail.hash(event))) {
            return Optional.of("event " + event.sequence() + " was changed after it was written");
        }
        return Optional.empty();
    }
}
