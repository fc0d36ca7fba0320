package org.jifen.archfixture.bad.domain.appeal;

import org.jifen.archfixture.bad.domain.review.Review;

/** Bad: appeal needs review ... */
public record Appeal(String id, Review review) {}
