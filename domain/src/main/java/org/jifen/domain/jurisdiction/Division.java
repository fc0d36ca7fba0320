package org.jifen.domain.jurisdiction;

import java.util.Objects;

/** A named administrative division: code, Chinese name (e.g. 海曙区) and English name. */
public record Division(DivisionCode code, String chineseName, String englishName) {

    public Division {
        Objects.requireNonNull(code, "code");
        if (chineseName == null || chineseName.isBlank()) {
            throw new IllegalArgumentException("division " + code + " needs a Chinese name");
        }
        englishName = englishName == null ? "" : englishName;
    }

    public DivisionLevel level() {
        return code.level();
    }
}
