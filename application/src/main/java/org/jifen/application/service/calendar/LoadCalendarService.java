package org.jifen.application.service.calendar;

import java.util.ArrayList;
import java.util.List;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.calendar.LoadCalendarResult;
import org.jifen.application.port.in.calendar.LoadCalendarUseCase;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.calendar.CalendarYear;

/** Puts calendar years into the working-day calendar, each audited, all in one transaction. */
public final class LoadCalendarService implements LoadCalendarUseCase {

    private final WorkingCalendarRepository calendar;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public LoadCalendarService(WorkingCalendarRepository calendar, AuditTrail audit, TransactionRunner transactions) {
        this.calendar = calendar;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public LoadCalendarResult load(LoadCalendarCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.ADMIN);
        return transactions.inTransaction(() -> {
            List<Integer> loaded = new ArrayList<>();
            List<Integer> replaced = new ArrayList<>();
            for (CalendarYear year : command.years()) {
                boolean replacing = calendar.calendar().covers(year.year());
                calendar.put(year);
                loaded.add(year.year());
                if (replacing) {
                    replaced.add(year.year());
                }
                audit.record(command.caller(), AuditAction.CALENDAR_LOADED, "calendar-" + year.year(),
                        year.year() + (replacing ? " replaced: " : " loaded: ") + year.holidays().size()
                                + " holidays, " + year.makeUpWorkdays().size() + " make-up working days");
            }
            return new LoadCalendarResult(loaded, replaced, calendar.calendar().years());
        });
    }
}
