package org.jifen.adapters.cli.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.InvalidValueException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values parsed into domain values; a malformed one is bad usage (exit 2) with the reason. */
public final class Converters {

    private Converters() {
    }

    /** A six-digit GB/T 2260 division code. */
    public static final class Division implements ITypeConverter<DivisionCode> {
        @Override
        public DivisionCode convert(String value) {
            try {
                return DivisionCode.of(value);
            } catch (InvalidValueException e) {
                throw new TypeConversionException("'" + value + "' is not a division code (six digits, e.g. 330203)");
            }
        }
    }

    /** An ISO date {@code yyyy-mm-dd}. */
    public static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
            }
        }
    }
}
