package org.jifen.adapters.db;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWorkflowPersonalDataAtRestTest extends WorkflowPersonalDataAtRestCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
