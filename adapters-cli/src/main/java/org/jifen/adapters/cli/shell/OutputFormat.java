package org.jifen.adapters.cli.shell;

/** How a command prints data: an aligned table for people, JSON or CSV for programs. */
public enum OutputFormat {
    table, json, csv
}
