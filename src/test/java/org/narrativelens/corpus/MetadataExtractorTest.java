package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.config.DateOrder;

class MetadataExtractorTest {

    private static TextMetadata extract(DateOrder order, CleanedText.RemovedText... removed) {
        return new MetadataExtractor(order).extract(List.of(removed));
    }

    private static CleanedText.RemovedText dateline(String text) {
        return new CleanedText.RemovedText(CleaningRule.DATELINE, text);
    }

    @Test
    void dayMonthYearWithTime() {
        assertEquals(new TextMetadata(LocalDate.of(2023, 6, 8), "8 Jun, 2023 12:05", null),
                extract(DateOrder.MDY, dateline("8 Jun, 2023 12:05")));
        assertEquals(LocalDate.of(2024, 9, 17), extract(DateOrder.MDY, dateline("September 17, 2024")).published());
    }

    @Test
    void numericDatesFollowTheDateOrder() {
        assertEquals(LocalDate.of(2022, 7, 4), extract(DateOrder.MDY, dateline("07/04/2022")).published());
        assertEquals(LocalDate.of(2022, 4, 7), extract(DateOrder.DMY, dateline("07/04/2022")).published());
        assertEquals(null, extract(DateOrder.MDY, dateline("31/04/2022")).published(), "no such day: no date");
    }

    @Test
    void aDateWithoutAYearKeepsItsTextButGivesNoDate() {
        assertEquals(new TextMetadata(null, "June 19", "TASS"), extract(DateOrder.MDY, dateline("MOSCOW, June 19. /TASS/.")));
    }

    @Test
    void anImageCreditIsNoOutlet() {
        for (String credit : java.util.List.of("Russian Foreign Minister Sergey Lavrov. © Sputnik", "Photo: Reuters",
                "Image credit: Getty Images", "Kirby at the White House. (c) AFP")) {
            assertEquals(null, extract(DateOrder.MDY, new CleanedText.RemovedText(CleaningRule.IMAGE_CREDIT, credit)).outlet(), credit);
        }
        assertEquals("TASS", extract(DateOrder.MDY, new CleanedText.RemovedText(CleaningRule.IMAGE_CREDIT, "© Sputnik"),
                dateline("MOSCOW, June 19. /TASS/.")).outlet(), "the wire's dateline names the outlet");
    }

    @Test
    void nothingStatedNothingFound() {
        assertEquals(TextMetadata.NONE, extract(DateOrder.MDY, new CleanedText.RemovedText(CleaningRule.FOOTER, "Comments are closed.")));
    }
}
