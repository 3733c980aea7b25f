package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns sentences into the lower-case content terms that term statistics and topic models count:
 * tokens without numbers, one-letter tokens and stopwords. Example: "Russia's senior security
 * officials" gives [russia, senior, security, officials].
 */
public final class TermExtractor implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Tokenizer tokenizer = new Tokenizer();
    private final WordList stopwords;

    public TermExtractor(WordList stopwords) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
    }

    /** The terms of all {@code sentences}, in text order. */
    public List<String> terms(Iterable<String> sentences) {
        List<String> terms = new ArrayList<>();
        for (String sentence : sentences) {
            for (Token token : tokenizer.tokenize(sentence)) {
                String term = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (term.length() > 1 && !token.isNumeric() && !stopwords.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }
}
