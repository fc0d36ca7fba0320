package org.jifen.application.port.in.entitlement;

import java.util.List;
import org.jifen.domain.entitlement.Entitlement;

/** Granted and revoked entitlements of a person (own APPLICANT, staff covering the person). */
public interface GetEntitlementsUseCase {

    List<Entitlement> entitlements(EntitlementsQuery query);
}
