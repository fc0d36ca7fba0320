/** Services of the ledger. */
package org.jifen.archfixture.good.application.service.ledger;
