package org.jifen.adapters.rest.shared;

import java.util.regex.Pattern;

/**
 * Masks what must never reach a log whole: 18-character resident ID numbers (身份证号, kept as
 * {@code 330203********1232}) and 11-digit mobile numbers ({@code 138****5678}), and bearer tokens.
 */
public final class SensitiveText {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(1[0-9]{2})[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)\\S+");

    private SensitiveText() {
    }

    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        masked = PHONE.matcher(masked).replaceAll("$1****$2");
        return BEARER.matcher(masked).replaceAll("$1***");
    }
}
