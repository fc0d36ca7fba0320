package org.jifen.adapters.db;

import org.jifen.domain.shared.DomainException;

/**
 * The database could not do what was asked, for a reason the caller can do nothing about but retry
 * or report: {@code STORAGE_CONFLICT} (concurrent writers; retrying may succeed), {@code STORAGE_FAILURE}
 * (anything else), {@code PERSONAL_DATA_UNREADABLE} (stored personal data does not decrypt with the
 * configured key). The message never holds SQL or a driver's text: those go to the server log under
 * the reference the message names.
 */
public final class StorageException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StorageException(String code, String message) {
        super(code, message);
    }
}
