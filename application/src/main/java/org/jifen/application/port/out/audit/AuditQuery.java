package org.jifen.application.port.out.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Filters for reading the audit log: subject, actor, and a time range [from, to). */
public record AuditQuery(Optional<String> subject, Optional<String> actor, Optional<Instant> from,
        Optional<Instant> to) {

    public AuditQuery {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean matches(org.jifen.domain.audit.AuditEvent event) {
        return subject.map(event.subject()::equals).orElse(true)
                && actor.map(event.actor()::equals).orElse(true)
                && from.map(f -> !event.at().isBefore(f)).orElse(true)
                && to.map(t -> event.at().isBefore(t)).orElse(true);
    }
}
