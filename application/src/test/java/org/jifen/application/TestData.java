package org.jifen.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/**
 * Test data shared by the application's tests and the port contracts: places, days, times in China
 * Standard Time, the default catalogues and system-data records. Builders live beside it
 * ({@link PersonBuilder#aPerson()}, {@link LedgerEntryBuilder#anEntry()}).
 */
public final class TestData {

    /** China Standard Time, UTC+8 (no daylight saving). */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** 浙江省 330000. */
    public static final DivisionCode ZHEJIANG = TestCatalogues.ZHEJIANG;
    /** 宁波市 330200. */
    public static final DivisionCode NINGBO = TestCatalogues.NINGBO;
    /** 海曙区 330203: the default district. */
    public static final DivisionCode HAISHU = TestCatalogues.HAISHU;
    /** 鄞州区 330212: a Ningbo district with no district catalogue by default. */
    public static final DivisionCode YINZHOU = TestCatalogues.YINZHOU;

    /** The day the service tests score on. */
    public static final LocalDate SCORING_DAY = LocalDate.of(2024, 5, 1);
    /** The birth date of the default person: 34 on {@link #SCORING_DAY}. */
    public static final LocalDate BIRTH_DATE = LocalDate.of(1990, 3, 7);

    private TestData() {
    }

    /** That time of day in China. */
    public static Instant chinaTime(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(CHINA);
    }

    /** The three default catalogues of DOMAIN.md §2 (provincial, municipal, Haishu), in force from 2022-07-01. */
    public static List<Catalogue> defaultCatalogues() {
        return List.of(TestCatalogues.provincial(), TestCatalogues.municipal(), TestCatalogues.haishu());
    }

    /** A system-data record: the person's cumulative {@code quantity} of an indicator as of a date. */
    public static SystemDataRecord systemData(PersonId person, String indicator, String quantity, LocalDate asOf) {
        return new SystemDataRecord(person, IndicatorCode.of(indicator), new BigDecimal(quantity), asOf);
    }
}
