package org.jifen.archfixture.bad.application.port.in.person;

public interface RegisterPersonUseCase {
    String register(String name);
}
