package org.narrativelens.text;

import org.narrativelens.config.Normalisation;

/**
 * Turns the words of one sentence into the keys their statistics are counted under: lower case,
 * lemma or stem ({@code --normalise}). A lemmatiser needs the whole sentence to tag each word's part
 * of speech, so it gets every word and is told which ones need a key.
 *
 * <pre>{@code
 * WordNormaliser.of(Normalisation.LEMMA).keys(new String[] {"Peace", "talks", "failed"}, new boolean[] {true, true, false})
 * // ["peace", "talk", null]
 * }</pre>
 */
public interface WordNormaliser extends java.io.Serializable {

    /**
     * The key of {@code words[i]} (as written, possessive removed) for each {@code i} where {@code wanted[i]};
     * null elsewhere. Keys are lower case and without spaces.
     */
    String[] keys(String[] words, boolean[] wanted);

    /** The normaliser of {@code mode}. */
    static WordNormaliser of(Normalisation mode) {
        return switch (mode) {
            case NONE -> new LowerCaseWords();
            case LEMMA -> new Lemmatiser();
            case STEM -> new Stemmer();
        };
    }
}
