package org.narrativelens.text;

/**
 * A collocation found in the corpus and counted as one term from then on.
 *
 * @param key       its terms' keys joined by a space: "peace talk" with {@code --normalise lemma}
 * @param form      its most frequent written form: "peace talks"
 * @param words     terms in it: 2 or 3
 * @param count     occurrences of its terms in this order, adjacent in a sentence
 * @param documents documents it occurs in
 * @param npmi      normalised pointwise mutual information of its terms (see {@link PhraseFinder})
 */
public record Phrase(String key, String form, int words, long count, long documents, double npmi) implements java.io.Serializable {
}
