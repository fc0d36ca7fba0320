package org.jifen.adapters.rest.health;

/**
 * Whether the database answers (e.g. a {@code SELECT 1} through the DB adapter, supplied by the
 * composition root); in memory it is always up.
 */
@FunctionalInterface
public interface DatabaseCheck {

    boolean reachable();
}
