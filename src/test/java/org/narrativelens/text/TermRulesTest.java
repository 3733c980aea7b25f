package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.InputException;
import org.narrativelens.config.LanguageOptions;
import org.narrativelens.config.Normalisation;
import org.narrativelens.config.TopicFiller;

class TermRulesTest {

    private static LanguageOptions options(String stopwords, List<String> extra) {
        return new LanguageOptions(Normalisation.NONE, stopwords, extra, TopicFiller.EXCLUDE, true, 3, 0.5);
    }

    @Test
    void extraStopwordsExtendTheBuiltInList() {
        TermRules rules = TermRules.load(options(null, List.of("Kremlin", " moscow ")));
        assertTrue(rules.stopwords().contains("the"));
        assertTrue(rules.stopwords().contains("kremlin"));
        assertTrue(rules.stopwords().contains("moscow"));
    }

    @Test
    void aStopwordFileReplacesTheBuiltInList(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.txt"), "# my list\nThe\nkremlin\n");
        TermRules rules = TermRules.load(options(file.toString(), List.of("extra")));
        assertTrue(rules.stopwords().contains("the"));
        assertTrue(rules.stopwords().contains("kremlin"));
        assertTrue(rules.stopwords().contains("extra"));
        assertFalse(rules.stopwords().contains("and"), "the built-in list is replaced, not extended");
        assertEquals(List.of("and", "talks"), new TermExtractor(rules).terms(List.of("The Kremlin and the talks")));
    }

    @Test
    void aMissingOrUnreadableStopwordFileIsBadInputNamingIt(@TempDir Path dir) {
        String missing = dir.resolve("nope.txt").toString();
        InputException e = assertThrows(InputException.class, () -> TermRules.load(options(missing, List.of())));
        assertEquals("stopword list " + missing + " does not exist: check --stopwords", e.getMessage());
        InputException folder = assertThrows(InputException.class, () -> TermRules.load(options(dir.toString(), List.of())));
        assertTrue(folder.getMessage().startsWith("stopword list " + dir + " cannot be read"), folder.getMessage());
        assertFalse(folder.getMessage().contains("\n"));
    }
}
