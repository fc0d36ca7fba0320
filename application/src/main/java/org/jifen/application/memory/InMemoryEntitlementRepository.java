package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.person.PersonId;

/** Entitlements in memory. */
public final class InMemoryEntitlementRepository implements EntitlementRepository, Snapshotting {

    private volatile Map<EntitlementId, Entitlement> entitlements = Map.of();

    @Override
    public Optional<Entitlement> find(EntitlementId id) {
        return Optional.ofNullable(entitlements.get(id));
    }

    @Override
    public List<Entitlement> findByHolder(PersonId holder) {
        return entitlements.values().stream().filter(e -> e.holder().equals(holder)).toList();
    }

    @Override
    public synchronized void add(Entitlement entitlement) {
        if (entitlements.containsKey(entitlement.id())) {
            throw new RuleRefusedException("DUPLICATE_ENTITLEMENT", "entitlement " + entitlement.id() + " exists");
        }
        put(entitlement);
    }

    @Override
    public synchronized void addAll(List<Entitlement> granted) {
        Map<EntitlementId, Entitlement> more = new LinkedHashMap<>(entitlements);
        for (Entitlement entitlement : granted) {
            if (more.putIfAbsent(entitlement.id(), entitlement) != null) {
                throw new RuleRefusedException("DUPLICATE_ENTITLEMENT", "entitlement " + entitlement.id() + " exists");
            }
        }
        entitlements = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public synchronized void update(Entitlement entitlement) {
        if (!entitlements.containsKey(entitlement.id())) {
            throw new NotFoundException("ENTITLEMENT_NOT_FOUND", "no entitlement " + entitlement.id());
        }
        put(entitlement);
    }

    private void put(Entitlement entitlement) {
        Map<EntitlementId, Entitlement> more = new LinkedHashMap<>(entitlements);
        more.put(entitlement.id(), entitlement);
        entitlements = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Object snapshot() {
        return entitlements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entitlements = (Map<EntitlementId, Entitlement>) snapshot;
    }
}
