/** Use cases of the ledger: a package-info is an interface in bytecode and must not trip the naming rules. */
package org.jifen.archfixture.good.application.port.in.ledger;
