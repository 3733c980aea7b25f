package org.narrativelens.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.narrativelens.InputException;
import org.narrativelens.config.LanguageOptions;
import org.narrativelens.config.Normalisation;

/**
 * What counts as a term and under which key: the stopwords left out, the news filler (kept as written,
 * so that topic models can leave it out whatever the normalisation), and the normalisation.
 *
 * @param stopwords  words that are never terms
 * @param filler     reporting verbs and news filler: terms, but never normalised ("said" stays "said")
 * @param normalise  how other words become keys
 */
public record TermRules(WordList stopwords, WordList filler, Normalisation normalise) implements java.io.Serializable {

    public TermRules {
        Objects.requireNonNull(stopwords, "stopwords");
        Objects.requireNonNull(filler, "filler");
        Objects.requireNonNull(normalise, "normalise");
    }

    /** The built-in English lists, words in lower case. */
    public static TermRules english() {
        return new TermRules(WordList.fromResource(WordList.ENGLISH_STOPWORDS), WordList.fromResource(WordList.NEWS_FILLER),
                Normalisation.NONE);
    }

    /**
     * The rules {@code options} ask for: the built-in or {@code --stopwords} list plus {@code --extra-stopwords}.
     * A stopword file that is missing or unreadable is an {@link InputException} naming it.
     */
    public static TermRules load(LanguageOptions options) {
        WordList stopwords = options.stopwords() == null
                ? WordList.fromResource(WordList.ENGLISH_STOPWORDS)
                : readStopwords(Path.of(options.stopwords()));
        return new TermRules(stopwords.with(options.extraStopwords()), WordList.fromResource(WordList.NEWS_FILLER),
                options.normalise());
    }

    private static WordList readStopwords(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WordList.fromStream(in);
        } catch (NoSuchFileException e) {
            throw new InputException("stopword list " + file + " does not exist: check --stopwords");
        } catch (IOException e) {
            throw new InputException("stopword list " + file + " cannot be read (" + e.getMessage() + "): check --stopwords", e);
        }
    }
}
