package org.jifen.domain.catalogue;

import org.jifen.domain.shared.InvalidValueException;

/** Identifies one dated version of a tier catalogue, e.g. {@code 330203-2022}. */
public record CatalogueVersionId(String value) {

    public CatalogueVersionId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidValueException("INVALID_CATALOGUE_VERSION", "version",
                    "'" + value + "' is not a version id (letters, digits, '.', '_' or '-')");
        }
    }

    public static CatalogueVersionId of(String value) {
        return new CatalogueVersionId(value);
    }

    /** As the record compares (by value), the same instance first: ledgers compare these for every entry. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CatalogueVersionId that && value.equals(that.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
