package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.report.CorpusProfile.SourceCount;

class CorpusWordingTest {

    private static CorpusProfile dated(long dated, String first, String last) {
        return new CorpusProfile(dated, first, last, 0, 0, List.of(), Map.of());
    }

    private static CorpusProfile sources(long sources, long withoutSource, SourceCount... largest) {
        return new CorpusProfile(0, null, null, sources, withoutSource, List.of(largest), Map.of());
    }

    @Test
    void datesSpanTheCorpusAndSayHowManyDocumentsAreDated() {
        assertEquals("Published 2023-10-16 to 2023-12-31 (all 3267 analysed documents dated).",
                CorpusWording.dates(dated(3267, "2023-10-16", "2023-12-31"), 3267));
        assertEquals("Published 2022-07-04 to 2023-06-08 (2 of the 5 analysed documents dated).",
                CorpusWording.dates(dated(2, "2022-07-04", "2023-06-08"), 5));
        assertEquals("Published 2023-06-08 (1 of the 5 analysed documents dated).", CorpusWording.dates(dated(1, "2023-06-08", "2023-06-08"), 5));
        assertEquals("Published 2023-06-08 (the analysed document dated).", CorpusWording.dates(dated(1, "2023-06-08", "2023-06-08"), 1));
        assertEquals("No analysed document states a full publication date.", CorpusWording.dates(dated(0, null, null), 5));
    }

    @Test
    void theLargestSourcesAreNamedAndTheOthersCounted() {
        CorpusProfile p = sources(14, 0, new SourceCount("RT", 20, 1, 0), new SourceCount("TASS", 12, 0, 0), new SourceCount("Sputnik", 3, 0, 0));
        assertEquals("Sources: RT (20), TASS (12) and 12 more.", CorpusWording.sources(p, 2));
        assertEquals("Sources: RT (20), TASS (12), Sputnik (3) and 11 more.", CorpusWording.sources(p, 6));
        assertEquals("Sources: RT (20), TASS (12), Sputnik (3).", CorpusWording.sources(sources(3, 0, p.largestSources().toArray(SourceCount[]::new)), 6));
    }

    @Test
    void documentsWithoutASourceAreCounted() {
        assertEquals("Sources: RT (2). 1 document without a source.", CorpusWording.sources(sources(1, 1, new SourceCount("RT", 2, 0, 0)), 6));
        assertEquals("No analysed document names its source.", CorpusWording.sources(sources(0, 5), 6));
    }
}
