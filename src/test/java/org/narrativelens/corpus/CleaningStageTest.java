package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class CleaningStageTest {

    private final CleaningStage stage = new CleaningStage(org.narrativelens.config.DateOrder.MDY, 1_000);

    private static Row raw(String id, String title, Date published, String text) {
        return RowFactory.create(id, null, title, published, null, "file:/c/" + id + ".txt", text, null, null, null);
    }

    private static Object field(Row row, String column) {
        return row.get(DocumentSchema.CLEANED.fieldIndex(column));
    }

    @Test
    void addsCleanTextTitleDateAndStatus() {
        Row out = stage.apply(raw("a", null, null, "8 Jun, 2023 12:05\n\nPeace talks stall again today\n\nBody."));
        assertEquals("Peace talks stall again today", field(out, DocumentSchema.TITLE));
        assertEquals(Date.valueOf("2023-06-08"), field(out, DocumentSchema.PUBLISHED));
        assertEquals("Peace talks stall again today\n\nBody.", field(out, DocumentSchema.CLEAN_TEXT));
        assertEquals("analysed", field(out, DocumentSchema.STATUS));
        assertNull(field(out, DocumentSchema.REJECT_REASON));
        assertEquals(DocumentSchema.CLEANED.size(), out.size());
    }

    @Test
    void outletAndPartialDateComeFromAWireDateline() {
        Row out = stage.apply(raw("t", null, null, "Kiev delays peace, says the ministry\n\nMOSCOW, June 19. /TASS/. Kiev's cooperation."));
        assertEquals("TASS", field(out, DocumentSchema.SOURCE));
        assertEquals("June 19", field(out, DocumentSchema.DATE_TEXT));
        assertNull(field(out, DocumentSchema.PUBLISHED), "no year, no date");
    }

    @Test
    void aTitleEndingInAnOutletGivesTheSourceWhenNoneIsKnown() {
        Row split = stage.apply(raw("r", null, null, "Talks to resume in Istanbul next week - Reuters\n\nBody."));
        assertEquals("Reuters", field(split, DocumentSchema.SOURCE));
        assertEquals("Talks to resume in Istanbul next week", field(split, DocumentSchema.TITLE));
        assertEquals("Talks to resume in Istanbul next week - Reuters\n\nBody.", field(split, DocumentSchema.CLEAN_TEXT),
                "the text keeps its title line");
        Row known = stage.apply(RowFactory.create("k", "RT", "Talks to resume in Istanbul next week - Reuters", null, null,
                "file:/c/k.txt", "Body.", null, null, null));
        assertEquals("RT", field(known, DocumentSchema.SOURCE));
        assertEquals("Talks to resume in Istanbul next week - Reuters", field(known, DocumentSchema.TITLE));
    }

    @Test
    void anImageCreditIsNoSource() {
        Row out = stage.apply(raw("c", null, null, "Lavrov debunks US claim on Ukraine talks\n\nRussian Foreign Minister Sergey Lavrov. © Sputnik\n\nBody."));
        assertNull(field(out, DocumentSchema.SOURCE));
    }

    @Test
    void aTitleOrDateFromTheReaderIsKept() {
        Row out = stage.apply(raw("a", "Given title", Date.valueOf("2020-01-02"), "8 Jun, 2023\n\nAnother headline of the text\n\nBody."));
        assertEquals("Given title", field(out, DocumentSchema.TITLE));
        assertEquals(Date.valueOf("2020-01-02"), field(out, DocumentSchema.PUBLISHED));
    }

    @Test
    void emptyAndNoiseOnlyDocumentsAreRejectedWithTheirReason() {
        assertEquals("empty document", field(stage.apply(raw("e", null, null, "")), DocumentSchema.REJECT_REASON));
        Row noise = stage.apply(raw("n", null, null, "Comments are closed.\nBack to top button"));
        assertEquals("rejected", field(noise, DocumentSchema.STATUS));
        assertEquals("no text left after cleaning", field(noise, DocumentSchema.REJECT_REASON));
    }

    @Test
    void aReadErrorRejectsTheRecordWithThatReason() {
        Row broken = stage.apply(RowFactory.create("news.jsonl#3", null, null, null, null, "file:/c/news.jsonl", null,
                "JSON line that does not parse", 3L, null));
        assertEquals("rejected", field(broken, DocumentSchema.STATUS));
        assertEquals("JSON line that does not parse", field(broken, DocumentSchema.REJECT_REASON));
        assertEquals(3L, field(broken, DocumentSchema.RECORD), "the record number is kept for the rejects table");
    }

    @Test
    void aLongDocumentIsCutBeforeCleaningAndWarnedAboutBesideTheReadersWarning() {
        String body = "Peace talks stall again today in Istanbul.\n\n" + "More words follow here. ".repeat(100);
        Row out = stage.apply(RowFactory.create("w", null, null, null, null, "file:/c/w.txt", body, null, null,
                TextDecoder.NOT_UTF8));
        String cleaned = (String) field(out, DocumentSchema.CLEAN_TEXT);
        assertEquals(true, cleaned.length() <= 1_000, "cut to the limit");
        assertEquals(body, field(out, DocumentSchema.TEXT), "the text as read is kept");
        assertEquals("analysed", field(out, DocumentSchema.STATUS));
        assertEquals("not valid UTF-8; decoded as Windows-1252; truncated from " + body.length() + " to 997 characters (--max-doc-chars 1000)",
                field(out, DocumentSchema.WARNING));
        assertNull(field(stage.apply(raw("s", null, null, "Short.")), DocumentSchema.WARNING));
    }

    @Test
    void runsAsASparkStepWithTheCleanedSchema() {
        List<Row> rows = DocumentStep.run(SparkTestSession.get().createDataFrame(
                        List.of(raw("a", null, null, "Headline of the article here\n\nComments are closed.")), DocumentSchema.RAW),
                List.of(stage)).collectAsList();
        assertEquals(1, rows.size());
        List<Row> removed = rows.get(0).getList(DocumentSchema.CLEANED.fieldIndex(DocumentSchema.REMOVED));
        assertEquals("footer", removed.get(0).getString(0));
        assertEquals("Comments are closed.", removed.get(0).getString(1));
    }
}
