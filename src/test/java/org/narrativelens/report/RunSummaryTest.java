package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void everyDocumentReadIsAnalysedADuplicateOrRejected() {
        assertDoesNotThrow(() -> new RunSummary.DocumentCounts(5, 3, 1, 1, 0));
        assertEquals("documents read (5) != analysed (4) + duplicates (1) + rejected (1)",
                assertThrows(IllegalArgumentException.class, () -> new RunSummary.DocumentCounts(5, 4, 1, 1, 0)).getMessage());
    }

    @Test
    void warningsCountDocumentsReadWhateverTheirStatus() {
        assertDoesNotThrow(() -> new RunSummary.DocumentCounts(5, 4, 0, 1, 5));
        assertEquals("documents with warnings (6) must be between 0 and those read (5)",
                assertThrows(IllegalArgumentException.class, () -> new RunSummary.DocumentCounts(5, 4, 0, 1, 6)).getMessage());
    }

    @Test
    void manifestIsJsonWithTheAccounting() throws Exception {
        StringWriter out = new StringWriter();
        new ManifestWriter().write(HtmlReportWriterTest.summary("seeds"), out);
        String json = out.toString();
        assertEquals(true, json.contains("\"documents\" : {\n    \"read\" : 3,\n    \"analysed\" : 2,\n    \"duplicates\" : 0,\n    \"rejected\" : 1,\n    \"warnings\" : 0\n  }"), json);
        assertEquals(true, json.contains("\"input\" : \"seeds\""));
    }
}
