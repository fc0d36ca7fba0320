package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.StoredSubmission;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.person.PersonId;

/** Applications in memory. */
public final class InMemoryPointsApplicationRepository implements PointsApplicationRepository, Snapshotting {

    private record State(Map<ApplicationId, PointsApplication> applications, Map<String, StoredSubmission> keys) {
    }

    private volatile State state = new State(Map.of(), Map.of());

    @Override
    public Optional<PointsApplication> find(ApplicationId id) {
        return Optional.ofNullable(state.applications().get(id));
    }

    @Override
    public List<PointsApplication> findByPerson(PersonId person) {
        return state.applications().values().stream().filter(a -> a.person().equals(person)).toList();
    }

    @Override
    public synchronized void add(PointsApplication application, Optional<StoredSubmission> submission) {
        State current = state;
        if (current.applications().containsKey(application.id())) {
            throw new RuleRefusedException("DUPLICATE_SUBMISSION", "application " + application.id() + " exists");
        }
        if (submission.isPresent() && current.keys().containsKey(submission.get().idempotencyKey())) {
            throw new RuleRefusedException("DUPLICATE_SUBMISSION", "this idempotency key was used before");
        }
        Map<ApplicationId, PointsApplication> applications = new LinkedHashMap<>(current.applications());
        applications.put(application.id(), application);
        Map<String, StoredSubmission> keys = new LinkedHashMap<>(current.keys());
        submission.ifPresent(s -> keys.put(s.idempotencyKey(), s));
        state = new State(java.util.Collections.unmodifiableMap(applications), java.util.Collections.unmodifiableMap(keys));
    }

    @Override
    public synchronized void update(PointsApplication application) {
        State current = state;
        if (!current.applications().containsKey(application.id())) {
            throw new NotFoundException("APPLICATION_NOT_FOUND", "no application " + application.id());
        }
        Map<ApplicationId, PointsApplication> applications = new LinkedHashMap<>(current.applications());
        applications.put(application.id(), application);
        state = new State(java.util.Collections.unmodifiableMap(applications), current.keys());
    }

    @Override
    public Optional<StoredSubmission> findSubmission(String idempotencyKey) {
        return Optional.ofNullable(state.keys().get(idempotencyKey));
    }

    @Override
    public Object snapshot() {
        return state;
    }

    @Override
    public synchronized void restore(Object snapshot) {
        state = (State) snapshot;
    }
}
