package org.jifen.application.port.in.ledger;

/**
 * 积分清零 (DOMAIN.md §6): when materials are found forged or false, an ADMIN clears the person's
 * points to zero with clearing entries effective all along and recorded now, revokes every
 * entitlement obtained through the points, and sends a bad-credit record to the credit system.
 * The case number, reason and actor are recorded and audited. Clearing the same case again
 * changes nothing.
 */
public interface ClearPointsUseCase {

    ClearingResult clear(ClearPointsCommand command);
}
