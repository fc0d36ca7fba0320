package org.jifen.domain.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * The score statement (积分明细) a citizen sees: for a person, a district, "effective on" a date and
 * "as known at" a time, every tier with its recognition and reason, every indicator with its
 * balance, cap and entries, the deductions, any freeze in force, and the total clamped to [0, 300].
 */
public record ScoreStatement(
        PersonId person,
        DivisionCode district,
        String districtName,
        LocalDate effectiveOn,
        Instant knownAt,
        List<TierStatement> tiers,
        Points deductions,
        Points total,
        Points maxTotal,
        Optional<Freeze> freeze) {

    public ScoreStatement {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(knownAt, "knownAt");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(freeze, "freeze");
    }

    public List<TierStatement> recognisedTiers() {
        return tiers.stream().filter(TierStatement::recognised).toList();
    }

    /** The balance of an indicator in a recognised tier, zero when it is not on the statement. */
    public Points balanceOf(IndicatorCode code) {
        return recognisedTiers().stream().flatMap(t -> t.indicators().stream())
                .filter(line -> line.code().equals(code)).map(IndicatorLine::balance)
                .findFirst().orElse(Points.ZERO);
    }

    /** Whether a freeze (扣分冻结) is in force on the statement's date. */
    public boolean frozen() {
        return freeze.isPresent();
    }
}
