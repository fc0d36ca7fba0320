package org.jifen.application.port.out.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CreditSystemPort} adapter must do. An adapter's test extends this class, returns the
 * port from {@link #creditSystem()} and, from {@link #records()}, what the credit system on the other
 * side holds (for {@code RecordingCreditSystem} its list; for a real connection, what a test double of the
 * remote system received). Each test starts with nothing sent.
 *
 * <p>Sending is idempotent per case and person: the same case sent twice for the same person is recorded
 * once (the first record kept), so a clearing that is retried never files a second bad-credit record. One
 * case may concern several persons, each recorded.
 */
public abstract class CreditSystemPortContract {

    private static final IdNumber ANNA = TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 123);
    private static final IdNumber BORIS = TestIdNumbers.idNumber("510102", LocalDate.of(1985, 11, 12), 456);
    private static final String CASE = "海公(刑)字2024第001号";
    private static final Instant AT = Instant.parse("2024-10-15T02:00:00.000001Z");

    /** The port under test. */
    protected abstract CreditSystemPort creditSystem();

    /** Every record the credit system holds, in the order received. */
    protected abstract List<BadCreditRecord> records();

    private static BadCreditRecord record(IdNumber idNumber, String name, String caseNumber, String reason,
            Instant at) {
        return new BadCreditRecord(idNumber, name, caseNumber, reason, "admin-zj", at);
    }

    @Test
    void nothingSent_nothingRecorded() {
        assertThat(records()).isEmpty();
    }

    @Test
    void aRecordSent_isRecordedWithEveryField() {
        BadCreditRecord sent = record(ANNA, "张伟", CASE, "伪造社保缴费证明", AT);

        creditSystem().recordBadCredit(sent);

        assertThat(records()).containsExactly(sent);
        BadCreditRecord received = records().get(0);
        assertThat(received.idNumber().value()).isEqualTo(ANNA.value());
        assertThat(received.name()).isEqualTo("张伟");
        assertThat(received.caseNumber()).isEqualTo(CASE);
        assertThat(received.reason()).isEqualTo("伪造社保缴费证明");
        assertThat(received.reportedBy()).isEqualTo("admin-zj");
        assertThat(received.reportedAt()).isEqualTo(AT);
    }

    @Test
    void theSameCaseSentTwiceForTheSamePerson_isRecordedOnce_theFirstKept() {
        BadCreditRecord first = record(ANNA, "张伟", CASE, "伪造社保缴费证明", AT);
        creditSystem().recordBadCredit(first);

        creditSystem().recordBadCredit(first);
        creditSystem().recordBadCredit(record(ANNA, "张伟", CASE, "重发：伪造社保缴费证明", AT.plusSeconds(3600)));

        assertThat(records()).containsExactly(first);
    }

    @Test
    void otherCases_areEachRecordedInOrder() {
        BadCreditRecord first = record(ANNA, "张伟", CASE, "伪造社保缴费证明", AT);
        BadCreditRecord second = record(ANNA, "张伟", "海公(刑)字2025第017号", "伪造学历证书", AT.plusSeconds(86_400));

        creditSystem().recordBadCredit(first);
        creditSystem().recordBadCredit(second);

        assertThat(records()).containsExactly(first, second);
    }

    @Test
    void oneCaseConcerningTwoPersons_recordsEach() {
        BadCreditRecord anna = record(ANNA, "张伟", CASE, "伪造社保缴费证明", AT);
        BadCreditRecord boris = record(BORIS, "李雷", CASE, "协助伪造社保缴费证明", AT);

        creditSystem().recordBadCredit(anna);
        creditSystem().recordBadCredit(boris);
        creditSystem().recordBadCredit(anna);

        assertThat(records()).containsExactly(anna, boris);
    }
}
