/**
 * A miniature Jifen that follows every rule of {@code JifenArchitecture}: one area (the ledger)
 * through domain, ports, service, in-memory adapter, the three adapters and bootstrap.
 */
package org.jifen.archfixture.good;
