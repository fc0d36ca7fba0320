package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.application.ApplicationId;

/** Appeals in memory. */
public final class InMemoryAppealRepository implements AppealRepository, Snapshotting {

    private volatile Map<AppealId, Appeal> appeals = Map.of();

    @Override
    public Optional<Appeal> find(AppealId id) {
        return Optional.ofNullable(appeals.get(id));
    }

    @Override
    public List<Appeal> findByApplication(ApplicationId application) {
        return appeals.values().stream().filter(a -> a.application().equals(application)).toList();
    }

    @Override
    public synchronized void add(Appeal appeal) {
        if (appeals.containsKey(appeal.id())) {
            throw new RuleRefusedException("DUPLICATE_APPEAL", "appeal " + appeal.id() + " exists");
        }
        put(appeal);
    }

    @Override
    public synchronized void update(Appeal appeal) {
        if (!appeals.containsKey(appeal.id())) {
            throw new NotFoundException("APPEAL_NOT_FOUND", "no appeal " + appeal.id());
        }
        put(appeal);
    }

    private void put(Appeal appeal) {
        Map<AppealId, Appeal> more = new LinkedHashMap<>(appeals);
        more.put(appeal.id(), appeal);
        appeals = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Object snapshot() {
        return appeals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        appeals = (Map<AppealId, Appeal>) snapshot;
    }
}
