package org.jifen.application.port.in.application;

import org.jifen.domain.application.PointsApplication;

/**
 * 提出申请 (DOMAIN.md §4): a CLERK or ADMIN covering the district, or the applicant themself, submits
 * an application. Eligibility ({@code PERMIT_MISSING}, {@code PERMIT_EXPIRED}, {@code PERMIT_NOT_ZHEJIANG},
 * {@code NOT_RESIDENT_IN_DISTRICT}) is checked before any scoring. Each claimed indicator must be in
 * force in the district today ({@code UNKNOWN_INDICATOR}), claimable ({@code AUTO_INDICATOR_NOT_CLAIMABLE},
 * {@code DEDUCTION_NOT_CLAIMABLE}), claimed once ({@code DUPLICATE_CLAIM}) and its facts must fit its
 * rule ({@code INVALID_FACTS}); such claims wait for review. Every {@code AUTO} indicator in force is
 * scored at once from system data and added as an approved claim. The same idempotency key with the
 * same content returns the first application and writes nothing; with other content it is refused
 * ({@code IDEMPOTENCY_CONFLICT}). Audited as {@code APPLICATION_SUBMITTED}.
 */
public interface SubmitApplicationUseCase {

    PointsApplication submit(SubmitApplicationCommand command);
}
