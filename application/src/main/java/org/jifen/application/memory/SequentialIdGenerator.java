package org.jifen.application.memory;

import java.util.concurrent.atomic.AtomicLong;
import org.jifen.application.port.out.shared.IdGenerator;

/** Ids {@code PREFIX-000001}, {@code PREFIX-000002}…: predictable, for tests and demos. */
public final class SequentialIdGenerator implements IdGenerator {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String next(String prefix) {
        return prefix + "-" + String.format("%06d", next.getAndIncrement());
    }
}
