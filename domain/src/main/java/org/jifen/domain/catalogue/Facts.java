package org.jifen.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * What a claim or a system-data record declares for one indicator: always the person's
 * <em>cumulative</em> facts as of a date, never an increment.
 */
public sealed interface Facts {

    /** {@code PER_UNIT}: a cumulative quantity in the indicator's unit; {@code FIXED}: 1 held, 0 not. */
    record Quantity(BigDecimal amount) implements Facts {
        public Quantity {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new InvalidValueException("INVALID_FACTS", "quantity", "must not be negative, got "
                        + amount.toPlainString());
            }
        }

        public static Quantity of(long amount) {
            return new Quantity(BigDecimal.valueOf(amount));
        }
    }

    /** {@code PER_UNIT} in months: a period from its start to a date, counted in full months. */
    record Span(LocalDate from, LocalDate to) implements Facts {
        public Span {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new InvalidValueException("INVALID_FACTS", "to", "ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /** {@code LEVEL}: the highest level held. */
    record LevelHeld(String level) implements Facts {
        public LevelHeld {
            if (level == null || level.isBlank()) {
                throw new InvalidValueException("INVALID_FACTS", "level", "missing");
            }
        }
    }

    /** {@code PER_EVENT}: every event held so far, each with its level and a unique reference. */
    record Events(List<Event> events) implements Facts {
        public Events {
            events = List.copyOf(events);
            Set<String> refs = new HashSet<>();
            for (Event event : events) {
                if (!refs.add(event.ref())) {
                    throw new InvalidValueException("INVALID_FACTS", "events",
                            "event " + event.ref() + " is listed twice");
                }
            }
        }
    }

    /** One event of a {@code PER_EVENT} indicator: an award, a patent, a penalty. */
    record Event(String level, String ref) {
        public Event {
            if (level == null || level.isBlank()) {
                throw new InvalidValueException("INVALID_FACTS", "events.level", "missing");
            }
            if (ref == null || ref.isBlank()) {
                throw new InvalidValueException("INVALID_FACTS", "events.ref", "missing");
            }
        }
    }

    /** {@code FIXED}: the qualification is held or not. */
    record Holding(boolean held) implements Facts {
    }

    /** {@code RANGE}: the points a reviewer sets within the rule's bounds. */
    record SetPoints(Points points) implements Facts {
        public SetPoints {
            Objects.requireNonNull(points, "points");
        }
    }

    /** {@code AGE}: the birth date, read from the ID number. */
    record BirthDate(LocalDate date) implements Facts {
        public BirthDate {
            Objects.requireNonNull(date, "date");
        }
    }
}
