package org.jifen.application.port.in.calendar;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The years loaded by this call (in the order given), those of them that replaced a year already
 * loaded, and every year the calendar now covers.
 */
public record LoadCalendarResult(List<Integer> loaded, List<Integer> replaced, SortedSet<Integer> covered) {

    public LoadCalendarResult {
        loaded = List.copyOf(loaded);
        replaced = List.copyOf(replaced);
        covered = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(covered));
    }
}
