package org.jifen.adapters.rest.shared;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.catalogue.InvalidCatalogueException;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.InvalidValueException;

/**
 * The one table from failures to problems (STYLE.md: each driving adapter maps exceptions in one
 * place). Adapter refusals keep their status; {@link InvalidValueException} is 400 with the field
 * named; {@link AccessDeniedException} 403; {@link NotFoundException} 404; the conflict codes 409;
 * every other domain refusal 422 with its code. Anything else is a 500 with a generic detail and a
 * reference; the failure itself goes to the log, masked — never a stack trace, class name or SQL text
 * to a client.
 */
public final class ProblemMapping {

    private static final System.Logger LOG = System.getLogger(ProblemMapping.class.getName());

    /** Refusals that conflict with what is stored (INTERFACES.md: 409). */
    static final Set<String> CONFLICTS = Set.of("PERSON_EXISTS", "IDEMPOTENCY_CONFLICT", "CLAIMS_PENDING",
            "ALREADY_PUBLISHED", "ALREADY_DECIDED", "DUPLICATE_ENTRY", "DUPLICATE_MEMBER", "DUPLICATE_CLAIM",
            "PROGRAMME_EXISTS", "DUPLICATE_ID_NUMBER", "DUPLICATE_EVENT");

    /** Codes that say the request names something that does not apply, whatever type carries them (400). */
    static final Set<String> BAD_REQUEST = Set.of("UNKNOWN_INDICATOR");

    /** The database failed (500) or cannot be reached (503): the server's trouble, not the request's. */
    static final java.util.Map<String, Integer> SERVER_SIDE = java.util.Map.of("STORAGE_FAILURE", 500,
            "STORAGE_UNAVAILABLE", 503);

    /** Codes that name a missing thing even when thrown as another type. */
    static final Set<String> NOT_FOUND = Set.of("PERSON_NOT_FOUND", "APPLICATION_NOT_FOUND", "APPEAL_NOT_FOUND",
            "ROUND_NOT_FOUND", "PROGRAMME_NOT_FOUND", "CLAIM_NOT_FOUND");

    private ProblemMapping() {
    }

    /** The status a domain code answers with. */
    public static int statusOf(DomainException failure) {
        Integer serverSide = SERVER_SIDE.get(failure.code());
        if (serverSide != null) {
            return serverSide;
        }
        if (CONFLICTS.contains(failure.code()) || "STORAGE_CONFLICT".equals(failure.code())) {
            // a conflict with what is stored (e.g. DUPLICATE_MEMBER) even where the value itself is refused
            return 409;
        }
        if (failure instanceof InvalidValueException) {
            return 400;
        }
        if (failure instanceof AccessDeniedException) {
            return 403;
        }
        if (BAD_REQUEST.contains(failure.code())) {
            return 400;
        }
        if (failure instanceof NotFoundException || NOT_FOUND.contains(failure.code())) {
            return 404;
        }
        return 422;
    }

    public static Problem toProblem(Throwable failure) {
        if (failure instanceof ApiException api) {
            return Problem.of(api.status(), api.code(), api.getMessage()).withErrors(api.errors());
        }
        if (failure instanceof DomainException domain) {
            Problem problem = Problem.of(statusOf(domain), domain.code(), domain.getMessage());
            if (domain instanceof InvalidValueException invalid) {
                return problem.withErrors(List.of(new FieldError(invalid.field(), invalid.getMessage())));
            }
            if (domain instanceof PersonExistsException exists && exists.existing() != null) {
                return problem.with("personId", exists.existing().value());
            }
            if (domain instanceof InvalidCatalogueException invalid) {
                return problem.withErrors(invalid.problems().stream()
                        .map(p -> new FieldError(p.indicator().isEmpty() ? p.version() : p.version() + "/" + p.indicator(),
                                p.code() + ": " + p.message()))
                        .toList());
            }
            return problem;
        }
        if (failure instanceof IllegalArgumentException shape && shape.getStackTrace().length > 0
                && shape.getStackTrace()[0].getClassName().startsWith("org.jifen.application.port.in.")) {
            // a command's own shape check (e.g. "at least one system-data record"): the message is ours
            return Problem.of(400, "INVALID_REQUEST", shape.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, () -> "internal error " + reference + ": "
                + SensitiveText.mask(describe(failure)));
        return Problem.of(500, "INTERNAL_ERROR", "an internal error occurred; quote reference " + reference)
                .with("reference", reference);
    }

    /** The failure and its causes, with the top frames, for the log only. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 8); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
            text.append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

}
