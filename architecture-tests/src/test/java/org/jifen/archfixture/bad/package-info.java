/**
 * Deliberately bad code: every class under this root breaks at least one rule of {@code
 * JifenArchitecture}, and each rule's test names the class it expects in the violations. The
 * remaining classes are well-formed so that the bad ones have something to break against.
 */
package org.jifen.archfixture.bad;
