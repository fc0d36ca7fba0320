package org.jifen.benchmarks.rest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load: {@code clients} threads, each sending its next request as soon as the last one
 * answered, over one {@link HttpClient} (HTTP/1.1, keep-alive: one connection per client thread). Each
 * request is numbered from a shared counter (so request {@code n} names the {@code n}-th person or
 * idempotency key, whichever thread sends it); a response counts as right when it has the expected status
 * and its body passes the check. Latency (send to the whole body read) goes into an HdrHistogram in
 * microseconds, three significant digits.
 */
public final class Load {

    /** How long a phase lasts: until {@code time} has passed or {@code requests} were sent (0: no count). */
    public record Phase(Duration time, long requests) {

        public Phase {
            Objects.requireNonNull(time, "time");
            if (requests < 0) {
                throw new IllegalArgumentException("requests must be 0 (by time) or more");
            }
        }

        public static Phase seconds(int seconds) {
            return new Phase(Duration.ofSeconds(seconds), 0);
        }

        /** Exactly {@code requests} requests (a day at most). */
        public static Phase requests(long requests) {
            return new Phase(Duration.ofDays(1), requests);
        }
    }

    /** What one phase measured. */
    public record Result(String name, long requests, long right, long wrong, double seconds, Histogram latencyMicros,
            String firstWrong) {

        public double perSecond() {
            return requests / seconds;
        }

        public double millisAt(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);

    private final HttpClient client;
    private final int clients;

    public Load(int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client");
        }
        this.clients = clients;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Runs a phase: request {@code n} is {@code requests.apply(n)} (n counts on from {@code firstRequest}),
     * right when the status is {@code status} and {@code body} accepts the body.
     */
    public Result run(String name, Phase phase, long firstRequest, LongFunction<HttpRequest> requests, int status,
            Predicate<String> body) {
        AtomicLong next = new AtomicLong(firstRequest);
        long last = phase.requests() == 0 ? Long.MAX_VALUE : firstRequest + phase.requests();
        AtomicLong right = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicReference<String> firstWrong = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + phase.time().toNanos();
        for (int c = 0; c < clients; c++) {
            Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
            histograms.add(histogram);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long n = next.getAndIncrement();
                    if (n >= last) {
                        return;
                    }
                    HttpRequest request = requests.apply(n);
                    long sent = System.nanoTime();
                    String problem;
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - sent) / 1_000;
                        histogram.recordValue(Math.min(Math.max(micros, 1), HIGHEST_MICROS));
                        problem = response.statusCode() != status ? "HTTP " + response.statusCode() + " "
                                + abbreviated(response.body()) : body.test(response.body()) ? null
                                : "unexpected body " + abbreviated(response.body());
                    } catch (IOException e) {
                        problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (problem == null) {
                        right.incrementAndGet();
                    } else {
                        wrong.incrementAndGet();
                        firstWrong.compareAndSet(null, problem);
                    }
                }
            }, "load-" + name + "-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + name + " ran", e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        histograms.forEach(all::add);
        return new Result(name, right.get() + wrong.get(), right.get(), wrong.get(), seconds, all, firstWrong.get());
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
