package org.jifen.application.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;

/** System data in memory. */
public final class InMemorySystemDataRepository implements SystemDataRepository, Snapshotting {

    private record Key(PersonId person, IndicatorCode indicator, LocalDate asOf) {
    }

    private volatile Map<Key, SystemDataRecord> records = Map.of();

    @Override
    public synchronized void record(List<SystemDataRecord> received) {
        Map<Key, SystemDataRecord> more = new LinkedHashMap<>(records);
        for (SystemDataRecord record : received) {
            more.put(new Key(record.person(), record.indicator(), record.asOf()), record);
        }
        records = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Optional<SystemDataRecord> latest(PersonId person, IndicatorCode indicator, LocalDate on) {
        return records.values().stream()
                .filter(r -> r.person().equals(person) && r.indicator().equals(indicator) && !r.asOf().isAfter(on))
                .max(Comparator.comparing(SystemDataRecord::asOf));
    }

    @Override
    public List<SystemDataRecord> latestFor(Collection<PersonId> persons, LocalDate on) {
        Set<PersonId> wanted = Set.copyOf(persons);
        Map<Map.Entry<PersonId, IndicatorCode>, SystemDataRecord> latest = new HashMap<>();
        for (SystemDataRecord record : records.values()) {
            if (wanted.contains(record.person()) && !record.asOf().isAfter(on)) {
                latest.merge(Map.entry(record.person(), record.indicator()), record,
                        (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b);
            }
        }
        return List.copyOf(latest.values());
    }

    @Override
    public Object snapshot() {
        return records;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        records = (Map<Key, SystemDataRecord>) snapshot;
    }
}
