package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeBucketTest {

    @Test
    void labelsSortInTimeOrder() {
        LocalDate d = LocalDate.of(2023, 6, 8);
        assertEquals("2023-06-08", TimeBucket.DAY.label(d));
        assertEquals("2023-W23", TimeBucket.WEEK.label(d));
        assertEquals("2023-06", TimeBucket.MONTH.label(d));
        assertEquals("2023", TimeBucket.YEAR.label(d));
    }

    @Test
    void isoWeeksBelongToTheYearOfTheirThursday() {
        // Friday 1 January 2021 is in the last week of 2020; Monday 30 December 2024 in the first week of 2025.
        assertEquals("2020-W53", TimeBucket.WEEK.label(LocalDate.of(2021, 1, 1)));
        assertEquals("2025-W01", TimeBucket.WEEK.label(LocalDate.of(2024, 12, 30)));
        assertEquals(LocalDate.of(2020, 12, 28), TimeBucket.WEEK.start("2020-W53"));
        assertEquals(LocalDate.of(2024, 12, 30), TimeBucket.WEEK.start("2025-W01"));
    }

    @Test
    void startIsTheFirstDayAndItsLabelIsThePeriod() {
        for (TimeBucket bucket : TimeBucket.values()) {
            for (LocalDate d = LocalDate.of(2020, 12, 20); d.isBefore(LocalDate.of(2021, 1, 20)); d = d.plusDays(1)) {
                String label = bucket.label(d);
                LocalDate start = bucket.start(label);
                assertEquals(label, bucket.label(start), bucket + " " + d);
                assertFalse(start.isAfter(d), bucket + " " + d);
                assertTrue(start.equals(d) || !bucket.label(start.minusDays(1)).equals(label), bucket + " " + d);
            }
        }
    }

    @Test
    void labelsOfAnotherFormOrDateAreRefused() {
        assertTrue(TimeBucket.MONTH.isLabel("2023-06"));
        assertFalse(TimeBucket.MONTH.isLabel("2023-06-08"));
        assertEquals("'2023-06-08' is not a month period like 2023-06",
                assertThrows(IllegalArgumentException.class, () -> TimeBucket.MONTH.start("2023-06-08")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.WEEK.start("2021-W53"), "2021 has 52 weeks");
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.MONTH.start("2023-13"));
    }
}
