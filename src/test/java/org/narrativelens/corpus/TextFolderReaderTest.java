package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.InputException;
import org.narrativelens.SparkTestSession;

class TextFolderReaderTest {

    private final TextFolderReader reader = new TextFolderReader();

    @Test
    void readsTextFilesRecursivelyWithIdsFromTheirPaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tass"));
        Files.writeString(dir.resolve("a.txt"), "First article");
        Files.writeString(dir.resolve("tass/b.md"), "Second article");
        Files.writeString(dir.resolve("tass/picture.png"), "not text");
        List<Row> rows = reader.read(SparkTestSession.get(), dir.toString()).orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(2, rows.size());
        assertEquals("a", rows.get(0).getAs(DocumentSchema.DOC_ID));
        assertEquals("tass/b", rows.get(1).getAs(DocumentSchema.DOC_ID));
        assertEquals("Second article", rows.get(1).getAs(DocumentSchema.TEXT));
        assertTrue(((String) rows.get(1).getAs(DocumentSchema.PATH)).endsWith("tass/b.md"));
    }

    @Test
    void sourceFromThePath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bbc-business-001.txt"), "x");
        Files.writeString(dir.resolve("other.txt"), "y");
        List<Row> rows = reader.read(SparkTestSession.get(), dir.toString(), "bbc-([a-z]+)-", org.narrativelens.config.JobParameters.DEFAULT_MAX_DOC_CHARS)
                .orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals("business", rows.get(0).getAs(DocumentSchema.SOURCE));
        assertNull(rows.get(1).getAs(DocumentSchema.SOURCE), "no match, no source");
    }

    @Test
    void schemaIsTheDocumentSchema(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        assertEquals(DocumentSchema.RAW.fieldNames().length,
                reader.read(SparkTestSession.get(), dir.toString()).schema().fieldNames().length);
        assertEquals(List.of(DocumentSchema.RAW.fieldNames()),
                List.of(reader.read(SparkTestSession.get(), dir.toString()).schema().fieldNames()));
    }

    @Test
    void aSingleFileOrGlobIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "x");
        Files.writeString(dir.resolve("two.txt"), "y");
        assertEquals(1, reader.read(SparkTestSession.get(), dir.resolve("one.txt").toString()).count());
        assertEquals("two", reader.read(SparkTestSession.get(), dir.resolve("t*.txt").toString()).first().getAs(DocumentSchema.DOC_ID));
    }

    @Test
    void emptyFilesAreReadSoTheyCanBeAccountedFor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("full.txt"), "text");
        Files.writeString(dir.resolve("empty.txt"), "");
        List<Row> rows = reader.read(SparkTestSession.get(), dir.toString()).orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(List.of("empty", "full"), rows.stream().map(r -> (String) r.getAs(DocumentSchema.DOC_ID)).toList());
        assertEquals("", rows.get(0).getAs(DocumentSchema.TEXT));
    }

    private List<Row> readSorted(Path dir) {
        return reader.read(SparkTestSession.get(), dir.toString()).orderBy(DocumentSchema.DOC_ID).collectAsList();
    }

    @Test
    void htmlPagesBecomeTheirTextWithThePageTitle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Talks stall | RT</title><script>x = 1</script></head>"
                + "<body><nav>Home</nav><h1>Talks stall</h1><p>Kiev said no.</p><p>Moscow waits.</p></body></html>");
        Files.writeString(dir.resolve("old.htm"), "<p>Old page, no title.</p>");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("zipped.html.gz")))) {
            out.write("<title>Gzipped page</title><p>Body of it.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("furniture.html"), "<nav><a href=/>Home</a></nav><script>var a;</script>");
        List<Row> rows = readSorted(dir);
        assertEquals(List.of("furniture", "old", "page", "zipped"), rows.stream().map(r -> (String) r.getAs(DocumentSchema.DOC_ID)).toList());
        assertEquals("HTML page without text (only markup, scripts or navigation)", rows.get(0).getAs(DocumentSchema.READ_ERROR));
        assertEquals("Old page, no title.", rows.get(1).getAs(DocumentSchema.TEXT));
        assertNull(rows.get(1).getAs(DocumentSchema.TITLE));
        assertEquals("Talks stall", rows.get(2).getAs(DocumentSchema.TITLE));
        assertEquals("Talks stall\n\nKiev said no.\n\nMoscow waits.", rows.get(2).getAs(DocumentSchema.TEXT));
        assertEquals("Gzipped page", rows.get(3).getAs(DocumentSchema.TITLE));
        assertEquals("Body of it.", rows.get(3).getAs(DocumentSchema.TEXT));
    }

    @Test
    void binaryFilesAreKeptWithTheReasonAndGuessedEncodingsWithAWarning(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("scan.txt"), "%PDF-1.5\n%\u00e2\u00e3\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("latin1.txt"), "Zürich talks".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("utf8.txt"), "Zürich talks".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Row> rows = readSorted(dir);
        Row latin1 = rows.get(0);
        assertEquals("Zürich talks", latin1.getAs(DocumentSchema.TEXT));
        assertEquals("not valid UTF-8; decoded as Windows-1252", latin1.getAs(DocumentSchema.WARNING));
        assertNull(latin1.getAs(DocumentSchema.RECORD), "text files have no record number");
        Row scan = rows.get(1);
        assertNull(scan.getAs(DocumentSchema.TEXT));
        assertEquals("binary file, not text: a PDF document", scan.getAs(DocumentSchema.READ_ERROR));
        assertNull(rows.get(2).getAs(DocumentSchema.WARNING));
    }

    @Test
    void missingInputIsBadInputNamingThePath(@TempDir Path dir) {
        String missing = dir.resolve("nope").toString();
        InputException e = assertThrows(InputException.class, () -> reader.read(SparkTestSession.get(), missing));
        assertEquals("input '" + missing + "' does not exist: check --input (a file, folder or glob)", e.getMessage());
    }

    @Test
    void ofAFileTooLargeForOneDocumentOnlyTheStartIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("site.txt"), "Whole site saved as one page\n\n" + "The talks went on and on. ".repeat(200));
        Files.writeString(dir.resolve("small.txt"), "A short article about the talks.");
        List<Row> rows = reader.read(SparkTestSession.get(), dir.toString(), null, 100).orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(2, rows.size());
        Row site = rows.get(0);
        assertEquals(TextFolderReader.maxBytes(100), ((String) site.getAs(DocumentSchema.TEXT)).length(), "404 ASCII bytes read");
        assertTrue(((String) site.getAs(DocumentSchema.TEXT)).startsWith("Whole site saved as one page"));
        assertEquals("file of 5230 bytes on disk: only its first 404 bytes read (--max-doc-chars 100)", site.getAs(DocumentSchema.WARNING));
        assertNull(rows.get(1).getAs(DocumentSchema.WARNING));
    }
}
