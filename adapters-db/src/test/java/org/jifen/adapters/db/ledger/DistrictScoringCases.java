package org.jifen.adapters.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.adapters.db.audit.JdbiAuditLog;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.adapters.db.systemdata.JdbiSystemDataRepository;
import org.jifen.application.JifenPorts;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SequentialIdGenerator;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.ledger.DistrictRankingQuery;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictResult;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.ImportPersonsResult;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;

/**
 * The bulk use cases end to end on the database: 700 persons imported at once, their system data recorded
 * in one batch, the district auto-scored in one run (over 5,000 entries: a COPY on PostgreSQL) and ranked in
 * SQL — every entry, and the ranking, exactly what the same calls give on the in-memory adapters.
 */
abstract class DistrictScoringCases {

    private static final int PERSONS = 700;
    private static final DivisionCode HAISHU = TestData.HAISHU;
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final Instant NOW = TestData.chinaTime(LocalDate.of(2024, 5, 2), 9, 30);
    private static final Caller ADMIN = Caller.of("admin-zj", Role.ADMIN, TestData.ZHEJIANG);
    private static final Caller SYSTEM = Caller.of("system-zj", Role.SYSTEM, TestData.ZHEJIANG);

    protected abstract TestDatabase db();

    private JifenUseCases onTheDatabase() {
        var database = db().database();
        InMemoryAdapters others = new InMemoryAdapters(clock());
        JifenPorts memory = others.ports();
        return JifenUseCases.wire(new JifenPorts(new JdbiCatalogueRepository(database),
                new JdbiPersonRepository(database), new JdbiSystemDataRepository(database),
                new JdbiLedgerRepository(database), memory.applications(), memory.appeals(), new JdbiAuditLog(database),
                memory.calendar(), memory.entitlements(), memory.programmes(), memory.rounds(), memory.creditSystem(),
                new JdbiUsableScoreQuery(database), new SequentialIdGenerator(), clock(), database.transactions(),
                new org.jifen.adapters.db.shared.JdbiIdempotencyRecords(database)));
    }

    private static SettableClock clock() {
        return new SettableClock(NOW, ZoneOffset.ofHours(8));
    }

    /** Imports the persons, records their system data, scores the district; returns the outcome. */
    private static ScoreDistrictResult run(JifenUseCases jifen) {
        TestData.defaultCatalogues().forEach(c -> jifen.importCatalogue()
                .importCatalogue(new org.jifen.application.port.in.catalogue.ImportCatalogueCommand(ADMIN, List.of(c))));
        List<PersonRegistration> entries = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            entries.add(new PersonRegistration(TestIdNumbers.idNumber("330203", LocalDate.of(1960, 1, 1).plusDays(17L * i),
                    100 + i % 900), "居民" + i, Optional.empty(), Optional.empty(), HAISHU));
        }
        ImportPersonsResult imported = jifen.importPersons().importPersons(new ImportPersonsCommand(ADMIN, entries));
        List<SystemDataRecord> records = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            PersonId person = imported.personIds().get(i);
            records.add(record(person, "P04", 3 + i % 70));
            records.add(record(person, "P05", 5 + i % 130));
            records.add(record(person, "M02", 1));
            records.add(record(person, "M05", i % 300));
            records.add(record(person, "M06", i % 9));
            records.add(record(person, "HS03", 12 + i % 120));
            records.add(record(person, "HS06", i % 2));
            records.add(record(person, "HS07", 10 + i % 90));
        }
        jifen.recordSystemData().record(new RecordSystemDataCommand(SYSTEM, records));
        return jifen.scoreDistrict().score(new ScoreDistrictCommand(SYSTEM, HAISHU, DAY));
    }

    private static SystemDataRecord record(PersonId person, String indicator, long quantity) {
        return new SystemDataRecord(person, IndicatorCode.of(indicator), BigDecimal.valueOf(quantity), DAY);
    }

    @Test
    void importScoreAndRank_onTheDatabase_giveExactlyWhatTheyGiveInMemory() {
        InMemoryAdapters memory = new InMemoryAdapters(clock());
        JifenUseCases inMemory = JifenUseCases.wire(memory.ports());
        JifenUseCases database = onTheDatabase();

        ScoreDistrictResult expected = run(inMemory);
        ScoreDistrictResult actual = run(database);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.persons()).isEqualTo(PERSONS);
        assertThat(actual.entriesPosted()).isGreaterThanOrEqualTo(JdbiLedgerRepository.COPY_FROM);
        JdbiLedgerRepository ledger = db().get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
        List<PersonId> persons = memory.persons().findByDistrict(HAISHU).stream().map(p -> p.id()).toList();
        assertThat(persons).hasSize(PERSONS);
        List<LedgerEntry> stored = new ArrayList<>();
        ledger.loadAll(persons).values().forEach(l -> stored.addAll(l.entries()));
        List<LedgerEntry> reference = new ArrayList<>();
        memory.ledgers().loadAll(persons).values().forEach(l -> reference.addAll(l.entries()));
        assertThat(stored).hasSize(actual.entriesPosted()).containsExactlyInAnyOrderElementsOf(reference);

        DistrictRankingQuery ranking = new DistrictRankingQuery(ADMIN, HAISHU, DAY, Optional.empty());
        assertThat(database.rankDistrict().rank(ranking)).isEqualTo(inMemory.rankDistrict().rank(ranking));
        assertThat(database.scoreDistrict().score(new ScoreDistrictCommand(SYSTEM, HAISHU, DAY)))
                .isEqualTo(new ScoreDistrictResult(HAISHU, DAY, PERSONS, 0, 0));
    }
}
