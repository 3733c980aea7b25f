package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.CleaningOptions;

/**
 * Golden test of cleaning on {@code seeds/}, rules and corpus-level boilerplate (default thresholds) together: exactly the lines in
 * {@code src/test/resources/golden/seeds-removed.tsv} are removed (doc, rule, text), and every other
 * line of every article is still in the clean text. To regenerate the golden file after a deliberate
 * change, run {@code mvn test -Dtest=SeedsCleaningGoldenTest -Dgolden.update=true} and review its diff.
 */
class SeedsCleaningGoldenTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds-removed.tsv");

    private final TextCleaner cleaner = new TextCleaner();
    private final CharacterNormaliser normaliser = new CharacterNormaliser();

    @Test
    void removesExactlyTheNoiseAndKeepsEveryOtherLine() throws IOException {
        CleaningOptions defaults = CleaningOptions.DEFAULT;
        BoilerplateLines boilerplate = new BoilerplateFinder(defaults.boilerplateMinDocs(), defaults.boilerplateMinShare())
                .find(new TextFolderReader().read(SparkTestSession.get(), SEEDS.toString()));
        List<String> actual = new ArrayList<>();
        for (Path seed : seeds()) {
            String raw = Files.readString(seed, StandardCharsets.UTF_8);
            CleanedText cleaned = cleaner.clean(raw, line -> boilerplate.contains(null, line));
            String doc = seed.getFileName().toString();
            cleaned.removed().forEach(r -> actual.add(doc + "\t" + r.rule().label() + "\t" + r.text()));
            assertEveryKeptLineSurvives(doc, raw, cleaned);
            assertFalse(cleaned.text().toLowerCase().matches("(?s).*\\b\\w*icon\\b.*"), doc + ": icon noise left");
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    /** Every non-blank line not removed whole is in the clean text (less any fragment removed from it). */
    private void assertEveryKeptLineSurvives(String doc, String raw, CleanedText cleaned) {
        List<String> removedWhole = cleaned.removed().stream().map(CleanedText.RemovedText::text).toList();
        String text = cleaned.text().replace("\n\n", "\n");
        for (String line : normaliser.normalise(raw).lines().map(String::strip).toList()) {
            if (line.isEmpty() || removedWhole.contains(line)) {
                continue;
            }
            String kept = line;
            for (String fragment : removedWhole) {
                if (kept.length() > fragment.length() && (kept.endsWith(fragment) || kept.startsWith(fragment))) {
                    kept = kept.replace(fragment, "").strip();
                }
            }
            assertTrue(text.contains(kept), doc + ": lost line: " + line);
        }
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
