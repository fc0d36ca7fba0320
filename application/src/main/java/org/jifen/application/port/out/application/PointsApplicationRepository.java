package org.jifen.application.port.out.application;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.person.PersonId;

/** Points applications (积分申请) and the idempotency keys of their submissions. */
public interface PointsApplicationRepository {

    Optional<PointsApplication> find(ApplicationId id);

    List<PointsApplication> findByPerson(PersonId person);

    /**
     * Stores a new application with the submission that created it; an id or idempotency key already
     * stored is refused ({@code DUPLICATE_SUBMISSION}).
     */
    void add(PointsApplication application, Optional<StoredSubmission> submission);

    /** Stores the new state of an existing application (decisions, publication). */
    void update(PointsApplication application);

    Optional<StoredSubmission> findSubmission(String idempotencyKey);
}
