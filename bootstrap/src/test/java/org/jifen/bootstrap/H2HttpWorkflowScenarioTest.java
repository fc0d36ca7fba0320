package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class H2HttpWorkflowScenarioTest extends HttpWorkflowScenarioCases {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
