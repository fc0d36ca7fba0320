package org.jifen.application.port.out.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jifen.application.TestData;
import org.jifen.application.TestProgrammes;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.TieBreak;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgrammeRepository} adapter must do. An adapter's test extends this class and
 * returns the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Programmes are compared with {@code equals}: kind, name, district, cut-off date, minimum score,
 * trial-run exclusion, the tie-break chain in its order and the places with their seats (in code
 * order) come back as stored. A code already stored is refused with {@code PROGRAMME_EXISTS} and the
 * first programme is kept.
 */
public abstract class ProgrammeRepositoryContract {

    /** The repository under test. */
    protected abstract ProgrammeRepository programmeRepository();

    private static void assertRefusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(programmeRepository().find(new ProgrammeCode("HS-SCHOOL-2024"))).isEmpty();
    }

    @Test
    void anAddedProgramme_comesBackEqualInEveryField() {
        Programme school = TestProgrammes.school();

        programmeRepository().add(school);

        Programme found = programmeRepository().find(new ProgrammeCode("HS-SCHOOL-2024")).orElseThrow();
        assertThat(found).isEqualTo(school);
        assertThat(found.kind()).isEqualTo(ProgrammeKind.SCHOOL_ENROLMENT);
        assertThat(found.name()).isEqualTo("海曙区2024年义务教育积分入学");
        assertThat(found.district()).isEqualTo(TestData.HAISHU);
        assertThat(found.cutoffDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(found.minScore()).hasToString("30.00");
        assertThat(found.excludeTrialRun()).isTrue();
        assertThat(found.tieBreaks()).containsExactlyElementsOf(TieBreak.DEFAULT_CHAIN);
        assertThat(found.places()).containsExactly(Map.entry(new PlaceCode("SCH-A"), 2),
                Map.entry(new PlaceCode("SCH-B"), 1), Map.entry(new PlaceCode("SCH-C"), 1));
    }

    @Test
    void aChainOtherThanTheDefault_andAFractionalMinimum_comeBackInTheirOrder() {
        Programme custom = new Programme(new ProgrammeCode("HS-SCHOOL-P05"), ProgrammeKind.SCHOOL_ENROLMENT, "",
                TestData.HAISHU, LocalDate.of(2025, 6, 30), Points.parse("32.75"), false,
                List.of(new TieBreak.EarlierSubmission(), TestProgrammes.indicator("P05")),
                Map.of(new PlaceCode("SCH-Z"), 0, new PlaceCode("SCH-A"), 40));

        programmeRepository().add(custom);

        Programme found = programmeRepository().find(custom.code()).orElseThrow();
        assertThat(found).isEqualTo(custom);
        assertThat(found.minScore()).hasToString("32.75");
        assertThat(found.tieBreaks()).containsExactly(new TieBreak.EarlierSubmission(),
                TestProgrammes.indicator("P05"));
        assertThat(found.places()).containsExactly(Map.entry(new PlaceCode("SCH-A"), 40),
                Map.entry(new PlaceCode("SCH-Z"), 0));
    }

    @Test
    void eachProgramme_isFoundByItsOwnCode() {
        programmeRepository().add(TestProgrammes.school());
        programmeRepository().add(TestProgrammes.rental());
        programmeRepository().add(TestProgrammes.registration());

        assertThat(programmeRepository().find(new ProgrammeCode("HS-RENTAL-2024"))).contains(TestProgrammes.rental());
        assertThat(programmeRepository().find(new ProgrammeCode("HS-HUKOU-2024")))
                .contains(TestProgrammes.registration());
        assertThat(programmeRepository().find(new ProgrammeCode("HS-SCHOOL-2024"))).contains(TestProgrammes.school());
        assertThat(programmeRepository().find(new ProgrammeCode("YZ-SCHOOL-2024"))).isEmpty();
    }

    @Test
    void addingACodeAgain_isRefusedWithProgrammeExistsAndKeepsTheFirst() {
        Programme first = TestProgrammes.school();
        programmeRepository().add(first);
        Programme other = new Programme(first.code(), ProgrammeKind.PUBLIC_RENTAL_HOUSING, "另一个项目",
                TestData.HAISHU, first.cutoffDate(), Points.ZERO, false, List.of(), first.places());

        assertRefusedWith(() -> programmeRepository().add(other), "PROGRAMME_EXISTS");

        assertThat(programmeRepository().find(first.code())).contains(first);
    }
}
