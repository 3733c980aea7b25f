package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on corpora with bad files in them, each made by the test: the run goes on, every
 * document read is analysed or rejected by name, and what was read with a warning is listed.
 */
class NarrativeJobBadInputTest {

    private static final String ARTICLE = "%s\n\nMoscow and Kiev traded blame on Thursday as peace talks in Istanbul stalled again. "
            + "The Kremlin said Washington was pushing Kiev to fight on. Officials in London said the talks would resume.\n";

    private String err;

    private int run(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new NarrativeJob(SparkTestSession.provider(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static List<CSVRecord> csv(Path run, String table) throws IOException {
        try (Reader in = Files.newBufferedReader(run.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** The rows of a table by document id. */
    private static Map<String, CSVRecord> byId(Path run, String table) throws IOException {
        return csv(run, table).stream().collect(Collectors.toMap(r -> r.get("doc_id"), Function.identity()));
    }

    private static JsonNode documents(Path run) throws IOException {
        JsonNode documents = new ObjectMapper().readTree(run.resolve("run.json").toFile()).path("documents");
        assertEquals(documents.path("read").asLong(), documents.path("analysed").asLong() + documents.path("rejected").asLong(),
                "read = analysed + rejected: " + documents);
        return documents;
    }

    private static String article(String headline) {
        return String.format(ARTICLE, headline);
    }

    @Test
    void mixedTextFolderRejectsByNameAndWarnsOfGuessedEncodingsAndCuts(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good-1.txt"), article("Peace talks stall again in Istanbul"));
        Files.writeString(corpus.resolve("good-2.md"), article("Kremlin blames Washington for the delay"));
        Files.writeString(corpus.resolve("page.html"), "<html><head><title>London hopes for a new round | Site</title>"
                + "<script>track()</script></head><body><nav>Home News Sport</nav><h1>London hopes for a new round</h1>"
                + "<p>Moscow and Kiev traded blame on Thursday.</p><p>Officials in London said the talks would resume.</p>"
                + "<footer>Comments are closed.</footer></body></html>");
        Files.writeString(corpus.resolve("empty.txt"), "");
        byte[] binary = new byte[400];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        Files.write(corpus.resolve("photo.txt"), binary);
        Files.write(corpus.resolve("cp1252.txt"), article("Kiev’s “final” offer – rejected").getBytes(Charset.forName("windows-1252")));
        Files.write(corpus.resolve("latin1.txt"), article("Zürich hosts the café diplomats").getBytes(StandardCharsets.ISO_8859_1));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = article("Byte order marks never reach tables").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        Files.write(corpus.resolve("bom.txt"), withBom);
        Files.writeString(corpus.resolve("oversize.txt"), article("An endless page saved whole by a scraper")
                + "The talks went on and on. ".repeat(100));

        assertEquals(ExitCode.OK, run("--input", corpus.toString(), "--out", dir.toString(), "--run-name", "mixed",
                "--topics", "2", "--max-doc-chars", "1000"), err);
        Path run = dir.resolve("mixed");

        JsonNode documents = documents(run);
        assertEquals(9, documents.path("read").asLong());
        assertEquals(2, documents.path("rejected").asLong());
        assertEquals(3, documents.path("warnings").asLong());
        assertEquals(1000, new ObjectMapper().readTree(run.resolve("run.json").toFile()).at("/parameters/max-doc-chars").asInt());

        Map<String, CSVRecord> rejects = byId(run, "rejects");
        assertEquals(2, rejects.size(), rejects.toString());
        assertEquals("empty document", rejects.get("empty").get("reason"));
        assertTrue(rejects.get("empty").get("path").endsWith("/corpus/empty.txt"));
        assertEquals("binary file, not text: it contains NUL bytes", rejects.get("photo").get("reason"));
        assertTrue(rejects.get("photo").get("path").endsWith("/corpus/photo.txt"));
        assertEquals("", rejects.get("photo").get("record"), "text files have no record number");

        Map<String, CSVRecord> warnings = byId(run, "warnings");
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals("not valid UTF-8; decoded as Windows-1252", warnings.get("cp1252").get("warning"));
        assertEquals("not valid UTF-8; decoded as Windows-1252", warnings.get("latin1").get("warning"));
        assertTrue(warnings.get("oversize").get("path").endsWith("/corpus/oversize.txt"));
        assertTrue(warnings.get("oversize").get("warning").matches("truncated from 2\\d\\d\\d to \\d{3,4} characters \\(--max-doc-chars 1000\\)"),
                warnings.get("oversize").get("warning"));

        Map<String, CSVRecord> docs = byId(run, "documents");
        assertEquals("Kiev's \"final\" offer - rejected", docs.get("cp1252").get("title"), "Windows-1252 quotes decoded, then normalised");
        assertEquals("Zürich hosts the café diplomats", docs.get("latin1").get("title"));
        assertEquals("Byte order marks never reach tables", docs.get("bom").get("title"), "no byte-order mark left");
        assertEquals("London hopes for a new round", docs.get("page").get("title"), "the page's headline");
        assertEquals("analysed", docs.get("oversize").get("status"));
        String cleaning = Files.readString(run.resolve("cleaning.csv"));
        assertFalse(cleaning.contains("track()") || cleaning.contains("Home News Sport"), "page furniture never reaches the cleaner");
    }

    @Test
    void brokenRecordsAreRejectedWithTheirFileAndRecordNumber(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(Files.createDirectories(dir.resolve("j")).resolve("news.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": " + quoted(article("Peace talks stall again in Istanbul")) + "}",
                "{\"id\": \"b\", \"text\": " + quoted(article("Kremlin blames Washington for the delay")) + "}",
                "{\"id\": \"c\", \"text\": \"unterminated",
                "{\"id\": \"d\", \"text\": " + quoted(article("London hopes for a new round")) + "}", ""));
        assertEquals(ExitCode.OK, run("--input", jsonl.toString(), "--out", dir.toString(), "--run-name", "jsonl", "--topics", "2"), err);
        assertEquals(1, documents(dir.resolve("jsonl")).path("rejected").asLong());
        CSVRecord broken = csv(dir.resolve("jsonl"), "rejects").get(0);
        assertTrue(broken.get("path").endsWith("/j/news.jsonl"), broken.toString());
        assertEquals("3", broken.get("record"));
        assertEquals("JSON line that does not parse", broken.get("reason"));

        Path csvFile = Files.writeString(Files.createDirectories(dir.resolve("c")).resolve("dump.csv"), String.join("\n",
                "title,text",
                "One,\"" + article("Peace talks stall again in Istanbul") + "\"",
                "Two,too,many,fields",
                "Three,\"" + article("London hopes for a new round") + "\"", ""));
        assertEquals(ExitCode.OK, run("--input", csvFile.toString(), "--out", dir.toString(), "--run-name", "csv", "--topics", "2"), err);
        assertEquals(1, documents(dir.resolve("csv")).path("rejected").asLong());
        CSVRecord row = csv(dir.resolve("csv"), "rejects").get(0);
        assertTrue(row.get("path").endsWith("/c/dump.csv"), row.toString());
        assertEquals("2", row.get("record"));
        assertTrue(row.get("reason").startsWith("CSV row that does not parse"), row.toString());
    }

    @Test
    void aFolderOfOnlyUnreadableFilesIsExitCode3NamingOne(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("scan.txt"), "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("zempty.txt"), "");
        assertEquals(ExitCode.BAD_INPUT, run("--input", corpus.toString(), "--out", dir.resolve("reports").toString()));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("narrative-lens: error: input '" + corpus + "': none of its 2 documents"), err);
        assertTrue(err.contains("/corpus/scan.txt: binary file, not text: a PDF document"), err);
    }

    /** {@code text} as a JSON string (it has no double quotes or backslashes to escape). */
    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
