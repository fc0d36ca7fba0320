package org.jifen.archfixture.bad.adapters.cli.ledger;

import spark.fixture.Service;

/** Bad: Spark in the cli adapter. */
public final class ServeCliCommand {
    public void run(Service http) {
        http.post("/ledger", this);
    }
}
