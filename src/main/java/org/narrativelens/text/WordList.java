package org.narrativelens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of lower-case words read from a list with one word per line ({@code #} starts a
 * comment). Used for stopwords and for the news filler kept out of topic models.
 */
public final class WordList implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** English stopwords shipped in the jar. */
    public static final String ENGLISH_STOPWORDS = "/text/stopwords-en.txt";
    /** Reporting verbs and news filler shipped in the jar. */
    public static final String NEWS_FILLER = "/text/news-filler-en.txt";

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Reads a word list shipped as a classpath resource. */
    public static WordList fromResource(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "word list " + resource + " is not on the classpath");
            return fromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** A list of exactly {@code words}. */
    public static WordList of(Collection<String> words) {
        return new WordList(Set.of()).with(words);
    }

    /** Reads a word list from a stream of UTF-8 lines. */
    public static WordList fromStream(InputStream in) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new WordList(words);
    }

    /** This list with more words. */
    public WordList with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(words);
        more.forEach(w -> all.add(w.toLowerCase(Locale.ROOT)));
        return new WordList(all);
    }

    /** True when the lower-case {@code word} is in the list. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, for Spark's {@code StopWordsRemover}. */
    public String[] toArray() {
        return words.stream().sorted().toArray(String[]::new);
    }

    public int size() {
        return words.size();
    }
}
