package org.jifen.archfixture.bad.domain.review;

import org.jifen.archfixture.bad.domain.appeal.Appeal;

/** ... and review needs appeal: a cycle between domain areas. */
public final class Review {
    public boolean concerns(Appeal appeal) {
        return appeal.review() == this;
    }
}
