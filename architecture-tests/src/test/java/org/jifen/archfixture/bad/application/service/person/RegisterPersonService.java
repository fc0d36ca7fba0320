package org.jifen.archfixture.bad.application.service.person;

import jakarta.inject.Inject;
import org.jifen.archfixture.bad.application.port.in.person.RegisterPersonUseCase;

/** Bad: a DI annotation on an application service. */
public final class RegisterPersonService implements RegisterPersonUseCase {
    private final String prefix;

    @Inject
    public RegisterPersonService() {
        this.prefix = "P-";
    }

    @Override
    public String register(String name) {
        return prefix + name;
    }
}
