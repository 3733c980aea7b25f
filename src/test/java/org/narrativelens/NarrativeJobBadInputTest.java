package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on corpora with bad files in them, each made by the test: the run goes on, every
 * document read is analysed or rejected by name, and what was read with a warning is listed; or it stops
 * with one line. The input cases of the reliability catalogue, docs/RELIABILITY.md.
 */
class NarrativeJobBadInputTest {

    private static final String ARTICLE = "%s\n\nMoscow and Kiev traded blame on Thursday as peace talks in Istanbul stalled again. "
            + "The Kremlin said Washington was pushing Kiev to fight on. Officials in London said the talks would resume.\n";

    /** Two text corpora in sub-folders of one, and two JSON-lines files in one folder, each read by one shared run. */
    @TempDir
    static Path shared;
    private static Path textRun;
    private static Path jsonRun;

    private String err;

    private int run(String... args) {
        JobRuns.Run run = JobRuns.run(args);
        err = run.err();
        return run.code();
    }

    private static List<CSVRecord> csv(Path run, String table) throws IOException {
        return JobRuns.csv(run, table);
    }

    /** The rows of a table by document id. */
    private static Map<String, CSVRecord> byId(Path run, String table) throws IOException {
        return csv(run, table).stream().collect(Collectors.toMap(r -> r.get("doc_id"), Function.identity()));
    }

    /** The rows of a text-folder run's table for the files of one sub-folder, by their id below it. */
    private static Map<String, CSVRecord> inFolder(Path run, String table, String folder) throws IOException {
        return csv(run, table).stream().filter(r -> r.get("doc_id").startsWith(folder + "/"))
                .collect(Collectors.toMap(r -> r.get("doc_id").substring(folder.length() + 1), Function.identity()));
    }

    /** The rows of a table whose document comes from the file {@code name}. */
    private static List<CSVRecord> fromFile(Path run, String table, String name) throws IOException {
        return csv(run, table).stream().filter(r -> r.get("path").endsWith("/" + name)).toList();
    }

    /**
     * The manifest's counts, asserted to match the tables of a run shared by several tests, each of which
     * checks its own files' rows: every document read is listed, every reject and warning too.
     */
    private static JsonNode sharedDocuments(Path run) throws IOException {
        JsonNode documents = documents(run);
        assertEquals(documents.path("read").asLong(), csv(run, "documents").size(), "every document read is listed");
        assertEquals(documents.path("rejected").asLong(), csv(run, "rejects").size(), "every rejected document is listed");
        assertEquals(documents.path("warnings").asLong(), csv(run, "warnings").size(), "every warning is listed");
        return documents;
    }

    /**
     * One run over mixed/ and catalogue/ (the corpora of two tests): a run costs seconds, a sub-folder nothing.
     * The catalogue's articles are far shorter than the --max-doc-chars the mixed corpus needs.
     */
    private static synchronized Path textFolders() throws IOException {
        if (textRun == null) {
            Path corpus = Files.createDirectories(shared.resolve("corpus"));
            writeMixed(Files.createDirectories(corpus.resolve("mixed")));
            writeCatalogue(Files.createDirectories(corpus.resolve("catalogue")));
            JobRuns.Run run = JobRuns.run("--input", corpus.toString(), "--out", shared.toString(), "--run-name", "text",
                    "--topics", "2", "--max-doc-chars", "1000");
            assertEquals(ExitCode.OK, run.code(), run.err());
            textRun = shared.resolve("text");
        }
        return textRun;
    }

    /** One run over news.jsonl and feed.jsonl (the JSON files of two tests). */
    private static synchronized Path jsonLines() throws IOException {
        if (jsonRun == null) {
            Path folder = Files.createDirectories(shared.resolve("j"));
            Files.writeString(folder.resolve("news.jsonl"), String.join("\n",
                    "{\"id\": \"a\", \"text\": " + quoted(article("Peace talks stall again in Istanbul")) + "}",
                    "{\"id\": \"b\", \"text\": " + quoted(article("Kremlin blames Washington for the delay")) + "}",
                    "{\"id\": \"c\", \"text\": \"unterminated",
                    "{\"id\": \"d\", \"text\": " + quoted(article("London hopes for a new round")) + "}", ""));
            String good = "{\"id\": \"%s\", \"text\": \"%s\"}";
            Files.writeString(folder.resolve("feed.jsonl"), String.join("\n",
                    good.formatted("e", "Moscow and Kiev traded blame on Thursday as peace talks stalled."),
                    good.formatted("f", "The Kremlin said Washington was pushing Kiev to fight on."),
                    "{\"id\": \"g\", \"text\": \"The scraper stopped in the mid"));
            JobRuns.Run run = JobRuns.run("--input", folder.toString(), "--out", shared.toString(), "--run-name", "jsonl", "--topics", "2");
            assertEquals(ExitCode.OK, run.code(), run.err());
            jsonRun = shared.resolve("jsonl");
        }
        return jsonRun;
    }

    private static JsonNode documents(Path run) throws IOException {
        JsonNode documents = new ObjectMapper().readTree(run.resolve("run.json").toFile()).path("documents");
        assertEquals(documents.path("read").asLong(), documents.path("analysed").asLong() + documents.path("duplicates").asLong()
                + documents.path("rejected").asLong(), "read = analysed + duplicates + rejected: " + documents);
        return documents;
    }

    private static String article(String headline) {
        return String.format(ARTICLE, headline);
    }

    @Test
    void mixedTextFolderRejectsByNameAndWarnsOfGuessedEncodingsAndCuts() throws Exception {
        Path run = textFolders();

        JsonNode documents = sharedDocuments(run);
        assertEquals(9, inFolder(run, "documents", "mixed").size());
        assertEquals(2, inFolder(run, "documents", "mixed").values().stream().filter(d -> d.get("status").equals("rejected")).count());
        assertEquals(1000, new ObjectMapper().readTree(run.resolve("run.json").toFile()).at("/parameters/max-doc-chars").asInt());

        Map<String, CSVRecord> rejects = inFolder(run, "rejects", "mixed");
        assertEquals(2, rejects.size(), rejects.toString());
        assertEquals("empty document", rejects.get("empty").get("reason"));
        assertTrue(rejects.get("empty").get("path").endsWith("/corpus/mixed/empty.txt"));
        assertEquals("binary file, not text: it contains NUL bytes", rejects.get("photo").get("reason"));
        assertTrue(rejects.get("photo").get("path").endsWith("/corpus/mixed/photo.txt"));
        assertEquals("", rejects.get("photo").get("record"), "text files have no record number");

        Map<String, CSVRecord> warnings = inFolder(run, "warnings", "mixed");
        assertEquals(3, warnings.size(), warnings.toString() + documents);
        assertEquals("not valid UTF-8; decoded as Windows-1252", warnings.get("cp1252").get("warning"));
        assertEquals("not valid UTF-8; decoded as Windows-1252", warnings.get("latin1").get("warning"));
        assertTrue(warnings.get("oversize").get("path").endsWith("/corpus/mixed/oversize.txt"));
        assertTrue(warnings.get("oversize").get("warning").matches("truncated from 2\\d\\d\\d to \\d{3,4} characters \\(--max-doc-chars 1000\\)"),
                warnings.get("oversize").get("warning"));

        Map<String, CSVRecord> docs = inFolder(run, "documents", "mixed");
        assertEquals("Kiev's \"final\" offer - rejected", docs.get("cp1252").get("title"), "Windows-1252 quotes decoded, then normalised");
        assertEquals("Zürich hosts the café diplomats", docs.get("latin1").get("title"));
        assertEquals("Byte order marks never reach tables", docs.get("bom").get("title"), "no byte-order mark left");
        assertEquals("London hopes for a new round", docs.get("page").get("title"), "the page's headline");
        assertEquals("analysed", docs.get("oversize").get("status"));
        String cleaning = Files.readString(run.resolve("cleaning.csv"));
        assertFalse(cleaning.contains("track()") || cleaning.contains("Home News Sport"), "page furniture never reaches the cleaner");
    }

    /** A text folder with an HTML page, an empty file, a binary one, two legacy encodings, a byte-order mark and an oversize page. */
    private static void writeMixed(Path corpus) throws IOException {
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
    }

    @Test
    void brokenRecordsAreRejectedWithTheirFileAndRecordNumber(@TempDir Path dir) throws Exception {
        Path jsonl = jsonLines();
        sharedDocuments(jsonl);
        List<CSVRecord> rejected = fromFile(jsonl, "rejects", "news.jsonl");
        assertEquals(1, rejected.size(), rejected.toString());
        CSVRecord broken = rejected.get(0);
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

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    @Test
    void encodingsScriptsAndFilesThatAreNotTextAreEachAccountedFor() throws Exception {
        Path run = textFolders();
        sharedDocuments(run);
        Map<String, CSVRecord> docs = inFolder(run, "documents", "catalogue");
        assertEquals(9, docs.size());

        assertEquals("Kremlin answers in UTF-16", docs.get("utf16le").get("title"));
        assertEquals("London answers in big-endian UTF-16", docs.get("utf16be").get("title"));
        assertEquals("analysed", docs.get("cyrillic").get("status"), "another script is text: analysed, its words counted");
        assertEquals("Переговоры в Стамбуле снова сорваны", docs.get("cyrillic").get("title"));
        assertEquals("analysed", docs.get("arabic").get("status"));

        Map<String, CSVRecord> rejects = inFolder(run, "rejects", "catalogue");
        assertEquals(java.util.Set.of("image", "archive", "only-stopwords"), rejects.keySet(), rejects.toString() + docs);
        assertTrue(rejects.get("image").get("reason").startsWith("binary file, not text"), rejects.get("image").toString());
        assertTrue(rejects.get("archive").get("reason").startsWith("binary file, not text"), rejects.get("archive").toString());
        assertTrue(rejects.get("only-stopwords").get("reason").equals("no content words: only stopwords, punctuation or symbols"),
                rejects.get("only-stopwords").toString());
        Map<String, CSVRecord> warnings = inFolder(run, "warnings", "catalogue");
        assertEquals("not valid UTF-8; decoded as Windows-1252", warnings.get("broken-utf8").get("warning"));
        assertEquals(docs.values().stream().filter(d -> d.get("status").equals("rejected")).count(), rejects.size(),
                "every rejected document is listed with its reason");
    }

    /** A text folder with UTF-16 both ways, a broken UTF-8 byte, an image, a gzip of noise, only stopwords, Cyrillic and Arabic. */
    private static void writeCatalogue(Path corpus) throws IOException {
        Files.writeString(corpus.resolve("good.txt"), ARTICLE.formatted("Peace talks stall again in Istanbul"));
        Files.write(corpus.resolve("utf16le.txt"), withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARTICLE.formatted("Kremlin answers in UTF-16").getBytes(StandardCharsets.UTF_16LE)));
        Files.write(corpus.resolve("utf16be.txt"), withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ARTICLE.formatted("London answers in big-endian UTF-16").getBytes(StandardCharsets.UTF_16BE)));
        // UTF-8 with one broken sequence (0xC3 not followed by a continuation byte).
        Files.write(corpus.resolve("broken-utf8.txt"), withPrefix("Caf\u00c3(".getBytes(StandardCharsets.ISO_8859_1),
                ("\n\n" + ARTICLE.formatted("A broken byte in the middle")).getBytes(StandardCharsets.UTF_8)));
        Files.write(corpus.resolve("image.txt"), withPrefix(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                "IHDR and pixel data".getBytes(StandardCharsets.US_ASCII)));
        byte[] noise = new byte[2000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 131 + 7);
        }
        Files.write(corpus.resolve("archive.txt.gz"), gzip(noise));
        Files.writeString(corpus.resolve("only-stopwords.txt"), "And so it is.\n\nIt was, as they are... !!! ??? --- ***\n");
        Files.writeString(corpus.resolve("cyrillic.txt"), "Переговоры в Стамбуле снова сорваны\n\nМосква и Киев снова обменялись обвинениями. "
                + "Кремль заявил, что переговоры продолжатся.\n");
        Files.writeString(corpus.resolve("arabic.txt"), "محادثات السلام في إسطنبول\n\nتبادلت موسكو وكييف الاتهامات مرة أخرى.\n");
    }

    @Test
    void truncatedLastJsonLineAndUnbalancedCsvQuoteAreRejectedByRecord(@TempDir Path dir) throws Exception {
        Path jsonl = jsonLines();
        sharedDocuments(jsonl);
        assertEquals(3, fromFile(jsonl, "documents", "feed.jsonl").size());
        assertEquals(1, fromFile(jsonl, "rejects", "feed.jsonl").size());
        CSVRecord truncated = byId(jsonl, "rejects").get("feed.jsonl#3");
        assertEquals("JSON line that does not parse", truncated.get("reason"));

        Path csv = Files.writeString(Files.createDirectories(dir.resolve("c")).resolve("dump.csv"), String.join("\n",
                "id,title,text",
                "a,One,\"Moscow and Kiev traded blame on Thursday as peace talks stalled.\"",
                "b,Two,\"The Kremlin said \"\"no\"\" and the quote never closes",
                "c,Three,\"Officials in London said the talks would resume.\"", ""));
        assertEquals(ExitCode.OK, run("--input", csv.toString(), "--out", dir.toString(), "--run-name", "csv", "--topics", "2"), err);
        JsonNode csvDocs = documents(dir.resolve("csv"));
        assertEquals(2, csvDocs.path("read").asLong(), "Spark's parser reads row c into row b's open field");
        assertEquals(1, csvDocs.path("rejected").asLong(), "so b is rejected, saying why: c is not lost silently");
        CSVRecord swallowing = byId(dir.resolve("csv"), "rejects").get("b");
        assertTrue(swallowing.get("reason").startsWith("CSV record spanning lines in a file whose quotes do not balance"), swallowing.toString());
        assertEquals("2", swallowing.get("record"));
    }

    @Test
    void anEmptyFolderAndAZeroByteFileAreExitCode3(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(ExitCode.BAD_INPUT, run("--input", empty.toString(), "--out", dir.resolve("reports").toString()));
        assertTrue(err.startsWith("narrative-lens: error: input '" + empty + "' has no document"), err);
        assertEquals(1, err.lines().count());

        Path zero = Files.write(Files.createDirectories(dir.resolve("zero")).resolve("nothing.jsonl"), new byte[0]);
        assertEquals(ExitCode.BAD_INPUT, run("--input", zero.toString(), "--out", dir.resolve("reports").toString()));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(zero.toString()), err);
        assertTrue(!Files.exists(dir.resolve("reports")) || Files.list(dir.resolve("reports")).findAny().isEmpty(),
                "no run folder, no log: the line says it all");
    }
}
