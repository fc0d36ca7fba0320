package org.jifen.benchmarks.rest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jifen.benchmarks.BenchPostgres;

/**
 * PostgreSQL's own commit rate, the yardstick of durable submissions: {@code clients} connections, each
 * committing one-row INSERTs (autocommit) into a table with a primary key as fast as it can, in a fresh
 * database of the same server, for a phase as long as the submissions' (after the same warm-up).
 */
public final class CommitRate {

    /** Commits counted, and how long they took. */
    public record Result(long commits, double seconds) {

        public double perSecond() {
            return commits / seconds;
        }
    }

    private CommitRate() {
    }

    public static Result measure(BenchPostgres postgres, int clients, Load.Phase warmup, Load.Phase measured) {
        String url = postgres.freshDatabase("commits");
        try {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE commit_probe (id BIGINT PRIMARY KEY, client INT NOT NULL, "
                        + "at TIMESTAMPTZ NOT NULL DEFAULT now())");
            }
            AtomicLong ids = new AtomicLong();
            run(url, clients, warmup, ids);
            return run(url, clients, measured, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("measuring PostgreSQL's commit rate failed", e);
        } finally {
            postgres.drop(url);
        }
    }

    private static Result run(String url, int clients, Load.Phase phase, AtomicLong ids) {
        long first = ids.get();
        long last = phase.requests() == 0 ? Long.MAX_VALUE : first + phase.requests();
        AtomicLong commits = new AtomicLong();
        AtomicReference<SQLException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + phase.time().toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url);
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO commit_probe (id, client) VALUES (?, ?)")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < deadline) {
                        long id = ids.getAndIncrement();
                        if (id >= last) {
                            return;
                        }
                        insert.setLong(1, id);
                        insert.setInt(2, client);
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }, "commit-rate-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a commit failed", failure.get());
        }
        return new Result(commits.get(), (System.nanoTime() - started) / 1e9);
    }
}
