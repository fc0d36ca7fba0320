package org.jifen.archfixture.bad.adapters.cli.ledger;

import org.jifen.archfixture.bad.application.port.in.ledger.PostPointsUseCase;

public final class PostPointsCliCommand {
    private final PostPointsUseCase postPoints;

    public PostPointsCliCommand(PostPointsUseCase postPoints) {
        this.postPoints = postPoints;
    }

    public int run(String person) {
        return postPoints.post(person, 100) > 0 ? 0 : 1;
    }
}
