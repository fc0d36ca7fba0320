package org.jifen.domain.jurisdiction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions this installation knows (GB/T 2260). Codes outside it are refused.
 * {@link #standard()} holds every province, Zhejiang's eleven cities and the districts and counties
 * of Ningbo and Hangzhou; an operator adds more with {@link #with(Collection)}.
 */
public final class DivisionRegistry {

    private final Map<DivisionCode, Division> divisions;

    private DivisionRegistry(Map<DivisionCode, Division> divisions) {
        // keeps the order divisions were given in (Map.copyOf would iterate in a per-JVM random order)
        this.divisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(divisions));
    }

    public static DivisionRegistry of(Collection<Division> divisions) {
        Map<DivisionCode, Division> byCode = new LinkedHashMap<>();
        for (Division division : divisions) {
            if (division.level() != DivisionLevel.PROVINCE
                    && !byCode.containsKey(division.code().province())
                    && divisions.stream().noneMatch(d -> d.code().equals(division.code().province()))) {
                throw new IllegalArgumentException(division.code() + " lies in a province the registry lacks");
            }
            byCode.put(division.code(), division);
        }
        return new DivisionRegistry(byCode);
    }

    /** Every province, Zhejiang's cities, and the districts and counties of Ningbo and Hangzhou. */
    public static DivisionRegistry standard() {
        return of(StandardDivisions.ALL);
    }

    public DivisionRegistry with(Collection<Division> more) {
        Map<DivisionCode, Division> byCode = new LinkedHashMap<>(divisions);
        more.forEach(d -> byCode.put(d.code(), d));
        return of(byCode.values());
    }

    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(divisions.get(code));
    }

    public boolean isKnown(DivisionCode code) {
        return divisions.containsKey(code);
    }

    /** The division named by the code, or {@code UNKNOWN_DIVISION}. */
    public Division require(DivisionCode code) {
        Division division = divisions.get(code);
        if (division == null) {
            throw new UnknownDivisionException(code);
        }
        return division;
    }

    /** Parses and checks a code: malformed → {@code INVALID_DIVISION_CODE}, unknown → {@code UNKNOWN_DIVISION}. */
    public Division require(String code) {
        return require(DivisionCode.of(code));
    }

    /** The Chinese name, e.g. 海曙区; the bare code when unknown. */
    public String chineseName(DivisionCode code) {
        return find(code).map(Division::chineseName).orElse(code.value());
    }

    /** Every division, in the order they were given (standard: provinces, Zhejiang's cities, districts). */
    public List<Division> all() {
        return List.copyOf(divisions.values());
    }
}
