package org.jifen.archfixture.bad.domain.person;

import com.google.inject.AbstractModule;

/** Bad: a Guice module in the domain. */
public final class PersonModule extends AbstractModule {
    @Override
    protected void configure() {
        // nothing to bind
    }
}
