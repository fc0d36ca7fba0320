package org.jifen.archfixture.bad.bootstrap;

/** A composition root, well-formed in itself. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(args.length);
    }
}
