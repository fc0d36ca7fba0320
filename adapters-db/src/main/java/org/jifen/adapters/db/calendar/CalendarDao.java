package org.jifen.adapters.db.calendar;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The calendar tables: the years loaded and their exceptional days. */
@RegisterConstructorMapper(CalendarDayRow.class)
interface CalendarDao {

    @SqlQuery("SELECT calendar_year FROM calendar_year ORDER BY calendar_year")
    List<Integer> years();

    @SqlQuery("SELECT calendar_year, day_on, day_kind FROM calendar_day ORDER BY day_on")
    List<CalendarDayRow> days();

    @SqlQuery("SELECT COUNT(*) FROM calendar_year WHERE calendar_year = :year")
    int countYear(@Bind("year") int year);

    @SqlUpdate("INSERT INTO calendar_year (calendar_year) VALUES (:year)")
    void insertYear(@Bind("year") int year);

    @SqlUpdate("DELETE FROM calendar_day WHERE calendar_year = :year")
    void deleteDays(@Bind("year") int year);

    @SqlBatch("INSERT INTO calendar_day (calendar_year, day_on, day_kind) VALUES (:calendarYear, :dayOn, :dayKind)")
    @BatchChunkSize(1000)
    void insertDays(@BindMethods List<CalendarDayRow> rows);
}
