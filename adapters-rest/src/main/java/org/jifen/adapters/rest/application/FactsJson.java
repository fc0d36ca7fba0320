package org.jifen.adapters.rest.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.adapters.rest.shared.ApiException;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.shared.Points;

/**
 * Facts as JSON, exactly one kind: {@code {quantity}}, {@code {from, to}}, {@code {level}},
 * {@code {events:[{level, ref}]}}, {@code {held}}, {@code {points:"8.00"}} (RANGE), {@code {birthDate}}.
 */
public record FactsJson(BigDecimal quantity, LocalDate from, LocalDate to, String level, List<EventJson> events,
        Boolean held, String points, LocalDate birthDate) {

    /** One penalty or award event. */
    public record EventJson(String level, String ref) {
    }

    public Facts toFacts(String field) {
        List<Facts> kinds = new ArrayList<>();
        if (quantity != null) {
            kinds.add(new Facts.Quantity(quantity));
        }
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw ApiException.badField("INVALID_FACTS", field, "a span needs both from and to");
            }
            kinds.add(new Facts.Span(from, to));
        }
        if (level != null) {
            kinds.add(new Facts.LevelHeld(level));
        }
        if (events != null) {
            kinds.add(new Facts.Events(events.stream().map(e -> new Facts.Event(e.level(), e.ref())).toList()));
        }
        if (held != null) {
            kinds.add(new Facts.Holding(held));
        }
        if (points != null) {
            kinds.add(new Facts.SetPoints(Points.parse(points)));
        }
        if (birthDate != null) {
            kinds.add(new Facts.BirthDate(birthDate));
        }
        if (kinds.size() != 1) {
            throw ApiException.badField("INVALID_FACTS", field,
                    "exactly one of quantity, from/to, level, events, held, points, birthDate expected");
        }
        return kinds.get(0);
    }
}
