package org.jifen.archfixture.good.adapters.db.ledger;

record LedgerRow(int entries) {}
