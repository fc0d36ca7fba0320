package org.jifen.application.memory;

/** An in-memory store whose state the transaction runner can save and put back on failure. */
interface Snapshotting {

    Object snapshot();

    void restore(Object snapshot);
}
