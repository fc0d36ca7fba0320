package org.jifen.application.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestData;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.calendar.LoadCalendarResult;
import org.jifen.application.port.in.calendar.LoadCalendarUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class LoadCalendarServiceTest {

    private static final Caller ADMIN = Caller.of("admin-zhejiang", Role.ADMIN, TestData.ZHEJIANG);

    private final SettableClock clock = SettableClock.at(LocalDate.of(2024, 12, 2));
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final LoadCalendarUseCase load = new LoadCalendarService(adapters.calendar(),
            new AuditTrail(adapters.auditLog(), clock), adapters.transactions());

    private LoadCalendarResult loading(Caller caller, CalendarYear... years) {
        return load.load(new LoadCalendarCommand(caller, List.of(years)));
    }

    private WorkingDayCalendar calendar() {
        return adapters.calendar().calendar();
    }

    @Test
    void anAdminLoads2024And2025_eachYearAudited() {
        LoadCalendarResult result = loading(ADMIN, TestCalendars.year2024(), TestCalendars.year2025());

        assertThat(result.loaded()).containsExactly(2024, 2025);
        assertThat(result.replaced()).isEmpty();
        assertThat(result.covered()).containsExactly(2024, 2025);
        assertThat(calendar().years()).containsExactly(2024, 2025);
        assertThat(adapters.auditLog().all())
                .extracting(AuditEvent::action, AuditEvent::subject, AuditEvent::actor, AuditEvent::details)
                .containsExactly(
                        tuple(AuditAction.CALENDAR_LOADED, "calendar-2024", "admin-zhejiang",
                                "2024 loaded: 28 holidays, 8 make-up working days"),
                        tuple(AuditAction.CALENDAR_LOADED, "calendar-2025", "admin-zhejiang",
                                "2025 loaded: 28 holidays, 5 make-up working days"));
    }

    @Test
    void loadingAYearAgain_replacesIt() {
        loading(ADMIN, TestCalendars.year2025());
        CalendarYear corrected = new CalendarYear(2025, Set.of(LocalDate.of(2025, 1, 1)), Set.of());

        LoadCalendarResult result = loading(ADMIN, corrected, TestCalendars.year2024());

        assertThat(result.loaded()).containsExactly(2025, 2024);
        assertThat(result.replaced()).containsExactly(2025);
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 10, 2))).isTrue();
        assertThat(adapters.auditLog().all()).extracting(AuditEvent::details).containsExactly(
                "2025 loaded: 28 holidays, 5 make-up working days",
                "2025 replaced: 1 holidays, 0 make-up working days",
                "2024 loaded: 28 holidays, 8 make-up working days");
    }

    @Test
    void theNationalDayWeekOf2025_withItsMakeUpSaturday() {
        loading(ADMIN, TestCalendars.year2025());

        List<LocalDate> working = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 9, 27); !day.isAfter(LocalDate.of(2025, 10, 14));
                day = day.plusDays(1)) {
            if (calendar().isWorkingDay(day)) {
                working.add(day);
            }
        }

        assertThat(working).containsExactly(
                LocalDate.of(2025, 9, 28),  // Sunday, make-up working day
                LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 10),
                LocalDate.of(2025, 10, 11), // Saturday, make-up working day
                LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 14));
        assertThat(LocalDate.of(2025, 10, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar().plusWorkingDays(LocalDate.of(2025, 9, 30), 5)).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(calendar().plusWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void theSpringFestivalOf2025_andItsMakeUpDays() {
        loading(ADMIN, TestCalendars.year2025());

        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();  // Sunday, make-up
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse(); // 除夕
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 2, 5))).isTrue();
        assertThat(calendar().isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();   // Saturday, make-up
        // Friday 24 January: Sun 26, Mon 27, then 28 Jan–4 Feb off, Wed 5, Thu 6, Fri 7
        assertThat(calendar().plusWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void everyMakeUpDayOfTheTestCalendars_isAWeekendDay_andEveryYearHas28DaysOff() {
        for (CalendarYear year : TestCalendars.years()) {
            assertThat(year.holidays()).as("%d", year.year()).hasSize(28);
            assertThat(year.makeUpWorkdays()).allSatisfy(day -> assertThat(day.getDayOfWeek())
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        assertThat(TestCalendars.year2024().makeUpWorkdays()).hasSize(8);
        assertThat(TestCalendars.year2025().makeUpWorkdays()).hasSize(5);
    }

    @Test
    void aDateInAYearNotLoaded_isRefusedWithCalendarNotCovered() {
        loading(ADMIN, TestCalendars.year2025());

        Throwable thrown = catchThrowable(() -> calendar().plusWorkingDays(LocalDate.of(2025, 12, 29), 5));

        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo("CALENDAR_NOT_COVERED");
        assertThat(thrown.getMessage()).contains("2026");
    }

    @Test
    void rolesOtherThanAdmin_areRefusedWithForbidden_andLoadNothing() {
        for (Caller caller : List.of(Caller.of("clerk", Role.CLERK, TestData.HAISHU),
                Caller.of("supervisor", Role.SUPERVISOR, TestData.ZHEJIANG),
                Caller.of("auditor", Role.AUDITOR, TestData.ZHEJIANG),
                Caller.of("system", Role.SYSTEM, TestData.ZHEJIANG))) {
            Object before = adapters.calendar().snapshot();

            Throwable thrown = catchThrowable(() -> loading(caller, TestCalendars.year2025()));

            assertThat(((DomainException) thrown).code()).as(caller.role().name()).isEqualTo("FORBIDDEN");
            assertThat(adapters.calendar().snapshot()).isSameAs(before);
        }
        assertThat(calendar().years()).isEmpty();
        assertThat(adapters.auditLog().all()).isEmpty();
    }

    @Test
    void theSameYearTwiceInOneCommand_isRefusedByTheCommand() {
        assertThatThrownBy(() -> new LoadCalendarCommand(ADMIN, List.of(TestCalendars.year2025(),
                TestCalendars.year2025())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("2025 is given twice")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("INVALID_CALENDAR");
    }

    @Test
    void aCommandWithoutYears_isRefusedByTheCommand() {
        assertThatThrownBy(() -> new LoadCalendarCommand(ADMIN, List.of()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("INVALID_CALENDAR");
    }
}
