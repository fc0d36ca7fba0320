package org.jifen.application.port.out.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jifen.application.TestData;
import org.jifen.application.TestProgrammes;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ResultReason;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoundRepository} adapter must do. An adapter's test extends this class and returns
 * the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Rounds are compared with {@code equals}: programme, kind, district, cut-off date, both instants (to
 * the microsecond), the candidates in their given order with their preferences in order and their
 * catchment, the places with their seats, and every result line — rank, the applicant whose score
 * served, the beneficiary's full ID number and name, the score, the place or the reason with its text —
 * come back as stored, lines in their order. {@code findByProgramme} answers a programme's rounds in
 * the order they ran. An id already stored is refused with {@code ROUND_EXISTS}; the first is kept.
 */
public abstract class RoundRepositoryContract {

    private static final Instant JULY_1 = TestData.chinaTime(LocalDate.of(2024, 7, 1), 10, 0).plusNanos(123_456_000);
    private static final Instant JULY_8 = TestData.chinaTime(LocalDate.of(2024, 7, 8), 10, 0);

    /** The repository under test. */
    protected abstract RoundRepository roundRepository();

    private static void assertRefusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(roundRepository().find(new RoundId("RND-000001"))).isEmpty();
        assertThat(roundRepository().findByProgramme(new ProgrammeCode("HS-SCHOOL-2024"))).isEmpty();
    }

    @Test
    void anAddedRound_comesBackEqualInEveryField() {
        Round round = TestProgrammes.aSchoolRound("RND-000001", JULY_1);

        roundRepository().add(round);

        Round found = roundRepository().find(new RoundId("RND-000001")).orElseThrow();
        assertThat(found).isEqualTo(round);
        assertThat(found.programme()).isEqualTo(new ProgrammeCode("HS-SCHOOL-2024"));
        assertThat(found.cutoffDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(found.knownAt()).isEqualTo(JULY_1);
        assertThat(found.runAt()).isEqualTo(JULY_1);
        assertThat(found.places()).containsExactly(Map.entry(TestProgrammes.SCH_A, 1),
                Map.entry(TestProgrammes.SCH_B, 0), Map.entry(TestProgrammes.SCH_C, 1));
        RoundCandidate third = found.candidates().get(2);
        assertThat(third.applicant()).isEqualTo(PersonId.of("person-0003"));
        assertThat(third.preferences()).containsExactly(TestProgrammes.SCH_C, TestProgrammes.SCH_B);
        assertThat(third.catchment()).containsExactly(TestProgrammes.SCH_B, TestProgrammes.SCH_C);
        assertThat(found.results()).extracting(RoundResultLine::rank).containsExactly(1, 2, 0);
        RoundResultLine first = found.results().get(0);
        assertThat(first.beneficiary().idNumber().value())
                .isEqualTo(round.results().get(0).beneficiary().idNumber().value());
        assertThat(first.beneficiary().name()).isEqualTo("张小雨");
        assertThat(first.score()).hasToString("60.00");
        assertThat(first.place()).contains(TestProgrammes.SCH_A);
        assertThat(first.reason()).isEmpty();
        assertThat(first.reasonText()).isEmpty();
        RoundResultLine excluded = found.results().get(2);
        assertThat(excluded.place()).isEmpty();
        assertThat(excluded.reason()).contains(ResultReason.BELOW_MINIMUM);
        assertThat(excluded.reasonText()).isEqualTo("积分20.00低于本项目最低分30.00");
    }

    @Test
    void aRoundReRunAsKnownAtAnEarlierTime_keepsBothInstants() {
        Round original = TestProgrammes.aSchoolRound("RND-000001", JULY_1);
        Round rerun = new Round(new RoundId("RND-000002"), original.programme(), original.kind(), original.district(),
                original.cutoffDate(), JULY_1, JULY_8, original.candidates(), original.places(), original.results());

        roundRepository().add(rerun);

        Round found = roundRepository().find(new RoundId("RND-000002")).orElseThrow();
        assertThat(found).isEqualTo(rerun);
        assertThat(found.knownAt()).isEqualTo(JULY_1);
        assertThat(found.runAt()).isEqualTo(JULY_8);
        assertThat(found.reproduction()).isTrue();
    }

    @Test
    void findByProgramme_answersThatProgrammesRoundsInTheOrderTheyRan() {
        Round later = TestProgrammes.aSchoolRound("RND-000001", JULY_8);
        Round earlier = TestProgrammes.aSchoolRound("RND-000002", JULY_1);
        Round sameTime = TestProgrammes.aSchoolRound("RND-000003", JULY_1);
        Round school = TestProgrammes.aSchoolRound("RND-000004", JULY_1);
        Round other = new Round(new RoundId("RND-000005"), new ProgrammeCode("HS-RENTAL-2024"),
                TestProgrammes.rental().kind(), TestData.HAISHU, TestProgrammes.CUTOFF, JULY_1, JULY_1, List.of(),
                Map.of(new PlaceCode("UNIT-A"), 1), List.of());
        roundRepository().add(later);
        roundRepository().add(sameTime);
        roundRepository().add(other);
        roundRepository().add(earlier);
        roundRepository().add(school);

        assertThat(roundRepository().findByProgramme(new ProgrammeCode("HS-SCHOOL-2024")))
                .extracting(r -> r.id().value())
                .containsExactly("RND-000002", "RND-000003", "RND-000004", "RND-000001");
        assertThat(roundRepository().findByProgramme(new ProgrammeCode("HS-RENTAL-2024"))).containsExactly(other);
        assertThat(roundRepository().findByProgramme(new ProgrammeCode("HS-HUKOU-2024"))).isEmpty();
    }

    @Test
    void addingAnIdAgain_isRefusedWithRoundExistsAndKeepsTheFirst() {
        Round first = TestProgrammes.aSchoolRound("RND-000001", JULY_1);
        roundRepository().add(first);
        Round again = new Round(first.id(), first.programme(), first.kind(), first.district(), first.cutoffDate(),
                JULY_8, JULY_8, List.of(), first.places(), List.of());

        assertRefusedWith(() -> roundRepository().add(again), "ROUND_EXISTS");

        assertThat(roundRepository().find(first.id())).contains(first);
        assertThat(roundRepository().findByProgramme(first.programme())).containsExactly(first);
    }
}
