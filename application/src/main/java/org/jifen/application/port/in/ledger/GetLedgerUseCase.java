package org.jifen.application.port.in.ledger;

import java.util.List;
import org.jifen.domain.ledger.LedgerEntry;

/** 积分台账: every entry of a person, oldest recorded first (own APPLICANT, staff covering the person). */
public interface GetLedgerUseCase {

    List<LedgerEntry> entries(LedgerQuery query);
}
