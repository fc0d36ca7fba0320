package org.jifen.archfixture.good.adapters.cli.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.fixture.CommandLine;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsUseCase;

/** picocli and Jackson inside the cli adapter: allowed. */
public final class PostPointsCliCommand {
    private final PostPointsUseCase postPoints;
    private final ObjectMapper json = new ObjectMapper();

    public PostPointsCliCommand(PostPointsUseCase postPoints) {
        this.postPoints = postPoints;
    }

    public int run(String... args) {
        return new CommandLine(postPoints).execute(args);
    }

    public String describe(Object view) throws JsonProcessingException {
        return json.writeValueAsString(view);
    }
}
