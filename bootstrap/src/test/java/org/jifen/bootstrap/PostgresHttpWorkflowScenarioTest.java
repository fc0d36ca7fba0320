package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class PostgresHttpWorkflowScenarioTest extends HttpWorkflowScenarioCases {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
