package org.jifen.adapters.db;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2WorkflowPersonalDataAtRestTest extends WorkflowPersonalDataAtRestCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
