package org.jifen.application.port.out.application;

import java.util.Objects;
import org.jifen.domain.application.ApplicationId;

/** A submission's idempotency key, the fingerprint of its content and the application it created. */
public record StoredSubmission(String idempotencyKey, String fingerprint, ApplicationId application) {

    public StoredSubmission {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(application, "application");
    }
}
