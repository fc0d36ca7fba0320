package org.jifen.bootstrap;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One log: SLF4J's simple binding writes every line to stderr (settings in {@code simplelogger.properties}:
 * INFO, quieter for the pool, Flyway and Jetty). The adapters' own lines go through {@link System.Logger},
 * which the JDK sends to {@code java.util.logging}; that is bridged into SLF4J here. What reaches the log is
 * masked by whoever writes it: no token, no full ID number or phone.
 */
final class Logging {

    private Logging() {
    }

    static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
