package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermOptionsTest {

    @Test
    void comparisonIsOneOrTwoValuesOfSourceOrPeriod() {
        assertEquals(new Comparison(Comparison.Field.SOURCE, "sport", "business"), Comparison.parse("source=sport,business"));
        Comparison rest = Comparison.parse("Period = 2023-06");
        assertEquals(Comparison.Field.PERIOD, rest.field());
        assertEquals("2023-06", rest.a());
        assertNull(rest.b());
        assertEquals("(rest)", rest.bLabel());
        assertEquals("source=RT,TASS", Comparison.parse("source=RT, TASS").toString());
    }

    @Test
    void malformedComparisonsSayWhatIsAllowed() {
        assertTrue(message(() -> Comparison.parse("outlet=RT")).contains("'outlet' is not a field to compare by: use source or period"));
        assertTrue(message(() -> Comparison.parse("source")).contains("must be FIELD=A,B or FIELD=A"));
        assertTrue(message(() -> Comparison.parse("source=")).contains("names no group"));
        assertTrue(message(() -> Comparison.parse("source=a,b,c")).contains("one or two values"));
        assertTrue(message(() -> Comparison.parse("source=a,")).contains("one or two values"));
        assertTrue(message(() -> Comparison.parse("source=RT,RT")).contains("with itself"));
    }

    @Test
    void comparedPeriodsMustBePeriodsOfTheBucket() {
        Comparison months = Comparison.parse("period=2023-06,2023-07");
        assertEquals(months, new TermOptions(TimeBucket.MONTH, months, List.of()).compare());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new TermOptions(TimeBucket.WEEK, months, List.of()));
        assertEquals("--compare period '2023-06' is not a period of --time-bucket week: write it like 2023-W23", e.getMessage());
    }

    @Test
    void kwicWordsAreLowerCaseOnceEachAndBounded() {
        TermOptions o = new TermOptions(TimeBucket.MONTH, null, List.of(" Russia", "peace   talks", "russia", ""));
        assertEquals(List.of("russia", "peace talks"), o.kwic());
        assertEquals("russia,peace talks", o.asMap().get("kwic"));
        assertEquals("--kwic", assertThrows(InvalidParameterException.class,
                () -> new TermOptions(TimeBucket.MONTH, null, List.of("!!"))).option());
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < TermOptions.MAX_KWIC_TERMS + 1; i++) {
            many.add("w" + i);
        }
        assertEquals("--kwic names 21 words; at most 20",
                assertThrows(InvalidParameterException.class, () -> new TermOptions(TimeBucket.MONTH, null, many)).getMessage());
        assertNull(new TermOptions(TimeBucket.MONTH, null, Collections.emptyList()).asMap().get("kwic"));
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
