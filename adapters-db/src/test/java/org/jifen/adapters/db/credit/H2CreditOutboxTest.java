package org.jifen.adapters.db.credit;

import java.util.List;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.application.port.out.credit.CreditSystemPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CreditSystemPort contract on the outbox, on H2 in memory: what the outbox holds is what is sent. */
class H2CreditOutboxTest extends CreditSystemPortContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    private JdbiCreditOutbox outbox() {
        return db.get(JdbiCreditOutbox.class, JdbiCreditOutbox::new);
    }

    @Override
    protected CreditSystemPort creditSystem() {
        return outbox();
    }

    @Override
    protected List<BadCreditRecord> records() {
        return outbox().records();
    }
}
