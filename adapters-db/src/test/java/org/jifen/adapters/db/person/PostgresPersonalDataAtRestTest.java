package org.jifen.adapters.db.person;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersonalDataAtRestTest extends PersonalDataAtRestCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
