package org.jifen.archfixture.good.adapters.cli;

import com.google.inject.AbstractModule;

/** Each adapter offers one Guice module: Guice in an adapter is allowed. */
public final class CliModule extends AbstractModule {
    @Override
    protected void configure() {
        // the cli adapter binds nothing of its own in this fixture
    }
}
