package org.jifen.application.port.in.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.Channel;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;

/**
 * 提出申请: who applies, in which district, through which channel, with which claims; an optional
 * idempotency key makes a resubmission return the first result.
 */
public record SubmitApplicationCommand(
        Caller caller,
        Optional<String> idempotencyKey,
        PersonId person,
        DivisionCode district,
        Channel channel,
        List<ClaimRequest> claims) {

    public SubmitApplicationCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(channel, "channel");
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        if (idempotencyKey.filter(k -> k.isBlank() || k.length() > 200).isPresent()) {
            throw new InvalidValueException("INVALID_IDEMPOTENCY_KEY", "idempotencyKey", "1 to 200 characters expected");
        }
    }
}
