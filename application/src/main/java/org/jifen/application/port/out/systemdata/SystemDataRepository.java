package org.jifen.application.port.out.systemdata;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;

/** System data received for {@code AUTO} indicators (系统自动评分的数据). Records are kept as received. */
public interface SystemDataRepository {

    /** Stores records; a record for the same person, indicator and date replaces the earlier one. */
    void record(List<SystemDataRecord> records);

    /** The latest record of one indicator for a person with {@code asOf} on or before {@code on}. */
    Optional<SystemDataRecord> latest(PersonId person, IndicatorCode indicator, LocalDate on);

    /**
     * For each of these persons and each indicator they have data for, the latest record with
     * {@code asOf} on or before {@code on} (what {@link #latest} answers one by one), in no particular
     * order; read set-based, never one query per person.
     */
    List<SystemDataRecord> latestFor(Collection<PersonId> persons, LocalDate on);
}
