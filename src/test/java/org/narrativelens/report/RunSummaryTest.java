package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void everyDocumentReadIsAnalysedADuplicateOrRejected() {
        assertDoesNotThrow(() -> new RunSummary.DocumentCounts(5, 3, 1, 1));
        assertEquals("documents read (5) != analysed (4) + duplicates (1) + rejected (1)",
                assertThrows(IllegalArgumentException.class, () -> new RunSummary.DocumentCounts(5, 4, 1, 1)).getMessage());
    }

    @Test
    void manifestIsJsonWithTheAccounting() throws Exception {
        StringWriter out = new StringWriter();
        new ManifestWriter().write(HtmlReportWriterTest.summary("seeds"), out);
        String json = out.toString();
        assertEquals(true, json.contains("\"documents\" : {\n    \"read\" : 3,\n    \"analysed\" : 2,\n    \"duplicates\" : 0,\n    \"rejected\" : 1"), json);
        assertEquals(true, json.contains("\"input\" : \"seeds\""));
    }
}
