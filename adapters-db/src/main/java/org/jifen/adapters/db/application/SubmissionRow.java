package org.jifen.adapters.db.application;

/** A submission as {@code points_application} holds it (public only because JDBI maps public types alone). */
public record SubmissionRow(String idempotencyKey, String submissionFingerprint, String applicationId) {
}
