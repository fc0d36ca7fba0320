package org.jifen.domain.catalogue;

import java.util.Objects;
import org.jifen.domain.shared.Points;

/**
 * One band of an {@link AgeRule}: ages {@code fromAge..toAge} (full years, inclusive) score
 * {@code points} at {@code fromAge}, changed by {@code perYear} for each year above it
 * (41: 19 … 54: 6 is {@code from 41 to 54, points 19, perYear −1}).
 */
public record AgeBand(int fromAge, int toAge, Points points, Points perYear) {

    public AgeBand {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(perYear, "perYear");
        if (fromAge < 0 || toAge < fromAge) {
            throw new IllegalArgumentException("age band " + fromAge + ".." + toAge + " is empty");
        }
    }

    public boolean covers(int age) {
        return age >= fromAge && age <= toAge;
    }

    public Points pointsAt(int age) {
        return points.plus(perYear.times(age - fromAge));
    }
}
