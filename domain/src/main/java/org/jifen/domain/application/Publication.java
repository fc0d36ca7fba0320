package org.jifen.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 公示: published on a date for 5 working days; appeals are accepted up to and including
 * {@code appealUntil}.
 */
public record Publication(LocalDate publishedOn, LocalDate appealUntil, Instant publishedAt, String publishedBy) {

    /** 公示期: five working days. */
    public static final int WORKING_DAYS = 5;

    public Publication {
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(appealUntil, "appealUntil");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        if (appealUntil.isBefore(publishedOn)) {
            throw new IllegalArgumentException("the window ends before publication");
        }
    }

    public boolean windowOpenOn(LocalDate day) {
        return !day.isBefore(publishedOn) && !day.isAfter(appealUntil);
    }
}
