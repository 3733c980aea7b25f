package org.narrativelens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.InputException;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.JobCommand;
import org.narrativelens.config.JobParameters;

class CorpusFingerprintTest {

    @TempDir
    Path dir;
    Path input;

    @BeforeEach
    void twoArticles() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Talks resume\n\nRussia and Ukraine met in Istanbul.");
        Files.writeString(input.resolve("b.txt"), "Talks stall\n\nNo progress was made.");
    }

    private String fingerprint(String... options) {
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--run-name", "r"));
        args.addAll(List.of(options));
        JobCommand command = new JobCommand();
        String[] argv = args.toArray(String[]::new);
        JobCommand.commandLine(command, argv).parseArgs(argv);
        JobParameters params = command.toParameters();
        return CorpusFingerprint.of(SparkTestSession.get(), params);
    }

    @Test
    void analysisOptionsKeepTheFingerprint() {
        String base = fingerprint();
        assertEquals(20, base.length());
        assertEquals(base, fingerprint("--topics", "12", "--seed", "3", "--window", "document", "--kwic", "russia"));
    }

    @Test
    void corpusOptionsChangeIt() {
        String base = fingerprint();
        assertNotEquals(base, fingerprint("--skip-cleaning", "footer"));
        assertNotEquals(base, fingerprint("--near-dup-threshold", "0.9"));
        assertNotEquals(base, fingerprint("--extra-stopwords", "talks"));
    }

    @Test
    void aChangedAddedOrRemovedFileChangesIt() throws IOException {
        String base = fingerprint();
        Files.writeString(input.resolve("a.txt"), " More.", StandardOpenOption.APPEND);
        String appended = fingerprint();
        assertNotEquals(base, appended, "a file of another size");
        Files.setLastModifiedTime(input.resolve("a.txt"), FileTime.fromMillis(1_000_000));
        String touched = fingerprint();
        assertNotEquals(appended, touched, "a file modified again");
        Files.writeString(input.resolve("c.txt"), "Another article");
        assertNotEquals(touched, fingerprint(), "a file added");
        Files.delete(input.resolve("c.txt"));
        assertEquals(touched, fingerprint(), "the same files again");
    }

    @Test
    void aChangedWordListChangesIt() throws IOException {
        Path stopwords = Files.writeString(dir.resolve("stop.txt"), "the\n");
        String base = fingerprint("--stopwords", stopwords.toString());
        Files.writeString(stopwords, "the\nand\n");
        assertNotEquals(base, fingerprint("--stopwords", stopwords.toString()));
        Files.delete(stopwords);
        assertThrows(InputException.class, () -> fingerprint("--stopwords", stopwords.toString()));
    }
}
