package org.jifen.adapters.cli.shell;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long job (imports, generate): a progress bar on a terminal (me.tongfei:progressbar), a
 * plain line at every 10 % otherwise ({@code persons import: 30% (300/1000)}; none for jobs of fewer than
 * 1,000 steps), so that logs of scheduled runs stay readable.
 */
public interface Progress extends AutoCloseable {

    /** Jobs of fewer steps report no plain lines (they end before a line would help). */
    long QUIET_BELOW = 1000;

    /** Moves forward by {@code n} steps. */
    void step(long n);

    /** The job is over (done or abandoned). */
    @Override
    void close();

    static Progress bar(String task, long total, PrintWriter err) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, 1))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Progress() {
            @Override
            public void step(long n) {
                bar.stepBy(n);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    static Progress lines(String task, long total, PrintWriter err) {
        if (total < QUIET_BELOW) {
            return none();
        }
        return new Progress() {
            private long done;
            private int reported;

            @Override
            public void step(long n) {
                done += n;
                int tenths = total <= 0 ? 10 : (int) Math.min(10, done * 10 / total);
                if (tenths > reported) {
                    reported = tenths;
                    err.println(task + ": " + reported * 10 + "% (" + Math.min(done, total) + "/" + total + ")");
                    err.flush();
                }
            }

            @Override
            public void close() {
                err.flush();
            }
        };
    }

    /** Reports nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void step(long n) {
            }

            @Override
            public void close() {
            }
        };
    }
}
