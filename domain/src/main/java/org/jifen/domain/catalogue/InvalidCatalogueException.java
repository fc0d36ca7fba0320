package org.jifen.domain.catalogue;

import java.util.List;
import java.util.stream.Collectors;
import org.jifen.domain.shared.DomainException;

/** A catalogue refused, with every problem found at once. */
public final class InvalidCatalogueException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogueProblem> problems;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        super("INVALID_CATALOGUE", problems.size() + " problem(s): "
                + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
