package org.narrativelens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCountBaselineTest {

    @Test
    void countsAFolderOfTextFilesRecursively(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("a.txt"), "The cat sat.");
        Files.writeString(dir.resolve("sub/b.txt"), "the Cat, the hat");
        Files.writeString(dir.resolve("sub/deeper/c.txt"), "Über 3 cats");
        Files.writeString(dir.resolve("sub/notes.md"), "not counted: only .txt files are");
        TokenCountBaseline.Result r = TokenCountBaseline.count(dir);
        assertEquals(3, r.documents());
        assertEquals(10, r.tokens());
        assertEquals(7, r.distinct(), "the cat sat hat über 3 cats");
        long txtBytes = Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("sub/b.txt")) + Files.size(dir.resolve("sub/deeper/c.txt"));
        assertEquals(txtBytes, r.bytes());
        assertTrue(r.seconds() > 0);
    }

    @Test
    void countsTheTextFieldsOfGzippedJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl.gz");
        writeGzip(file, """
                {"id": 1, "text": "Oil rose; oil fell.", "source": "x"}

                {"id": 2, "title": "no text field: passed over"}
                {"id": 3, "text": null}
                {"id": 4, "text": "OIL \\u00e9t\\u00e9 \\"quoted\\""}
                """);
        TokenCountBaseline.Result r = TokenCountBaseline.count(file);
        assertEquals(2, r.documents());
        assertEquals(7, r.tokens(), "oil rose oil fell | oil été quoted");
        assertEquals(5, r.distinct());
        assertEquals(Files.size(file), r.bytes(), "bytes as stored, compressed");
    }

    @Test
    void printsOneMachineReadableLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, "{\"text\": \"a b a\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, TokenCountBaseline.run(new String[] {file.toString()}, print(out), print(OutputStream.nullOutputStream())));
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.matches("bytes=18 documents=1 tokens=3 distinct=2 seconds=[0-9.]+ mb_per_s=[0-9.]+"), line);
    }

    @Test
    void aRecordThatIsNotJsonIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.jsonl.gz");
        writeGzip(file, "{\"text\": \"fine\"}\n{\"text\": \"cut off\n");
        String error = failure(file);
        assertTrue(error.startsWith("TokenCountBaseline: " + file + ": line 2 is not JSON"), error);
    }

    @Test
    void unreadableOrEmptyInputIsAOneLineErrorWithExitCodeTwo(@TempDir Path dir) throws IOException {
        assertTrue(failure(dir.resolve("absent")).contains(dir.resolve("absent") + ": no such file or folder"));
        Path notGzip = dir.resolve("plain.jsonl.gz");
        Files.writeString(notGzip, "{\"text\": \"not compressed\"}\n");
        assertTrue(failure(notGzip).startsWith("TokenCountBaseline: " + notGzip + ": "));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.md"), "no .txt here");
        assertTrue(failure(empty).contains(empty + ": no documents"));
    }

    /** The error line of a run that must fail with exit code 2. */
    private static String failure(Path input) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, TokenCountBaseline.run(new String[] {input.toString()}, print(OutputStream.nullOutputStream()), print(err)));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        return message.strip();
    }

    private static PrintStream print(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static void writeGzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
