package org.jifen.application.port.out.credit;

import java.time.Instant;
import java.util.Objects;
import org.jifen.domain.person.IdNumber;

/** 失信记录: what goes to the credit system after fraud (记入信用档案). */
public record BadCreditRecord(IdNumber idNumber, String name, String caseNumber, String reason, String reportedBy,
        Instant reportedAt) {

    public BadCreditRecord {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    @Override
    public String toString() {
        return "BadCreditRecord[" + idNumber.masked() + ", case " + caseNumber + "]";
    }
}
