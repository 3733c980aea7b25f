package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns sentences into the content terms that term statistics, phrases and topic models count: word
 * tokens without one-letter tokens and stopwords, each with its key (lower case, lemma or stem, see
 * {@link WordNormaliser}), the form it was written in, and its position. Example: "Russia's senior
 * security officials" gives the keys [russia, senior, security, officials].
 *
 * <ul>
 *   <li>Acronyms keep their capitals as their form and lose their dots in their key, and are never taken
 *       for a stopword: "U.S." and "US" count as {@code us}, shown as "US"; the pronoun "us" is a stopword.
 *       In a sentence written in capitals, no word is taken for an acronym.</li>
 *   <li>Numbers are not terms, nor are the magnitude words after one: "$7 billion" and "5 per cent" give nothing.</li>
 *   <li>Only {@link TokenKind#WORD}s are terms: a link, e-mail address, handle or hashtag gives none
 *       ("https://www.rt.com/news" gives no "https", "www" or "com"; "#Ukraine" is not "ukraine").</li>
 *   <li>News filler ("said", "told") is never normalised, so topic models can leave it out by its written form.</li>
 *   <li>Positions count every token, stopwords and numbers too, and skip one at punctuation and between
 *       sentences: two terms are adjacent in the text exactly when their positions differ by one.</li>
 * </ul>
 */
public final class TermExtractor implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Words that scale or measure the number before them: "$7 billion", "5 per cent", "7bn" is one token. */
    private static final Set<String> MAGNITUDES = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "bn", "mn", "tn", "m", "k", "percent", "pc", "cent", "cents");

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermRules rules;
    private final WordNormaliser normaliser;

    public TermExtractor(TermRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.normaliser = WordNormaliser.of(rules.normalise());
    }

    /**
     * The terms of a document: parallel lists of keys, written forms (lower case; acronyms as written) and
     * positions; and beside them the domains its links point to ({@link Token#domain}, one per link) and its
     * hashtags (lower case, with their "#"), in text order.
     */
    public record Terms(List<String> keys, List<String> forms, List<Integer> positions, List<String> links,
                        List<String> hashtags) {
    }

    /** The keys of all {@code sentences}' terms, in text order. */
    public List<String> terms(Iterable<String> sentences) {
        return extract(sentences).keys();
    }

    /** The terms of all {@code sentences}, in text order. */
    public Terms extract(Iterable<String> sentences) {
        List<String> keys = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> hashtags = new ArrayList<>();
        int position = 0;
        for (String sentence : sentences) {
            List<Token> tokens = tokenizer.tokenize(sentence);
            int n = tokens.size();
            if (n == 0) {
                continue;
            }
            boolean capitals = writtenInCapitals(sentence);
            String[] words = new String[n];
            String[] written = new String[n];
            String[] fixed = new String[n];
            boolean[] normalise = new boolean[n];
            int[] at = new int[n];
            boolean afterNumber = false;
            for (int i = 0; i < n; i++) {
                Token token = tokens.get(i);
                if (token.kind() == TokenKind.URL) {
                    links.add(token.domain());
                } else if (token.kind() == TokenKind.HASHTAG) {
                    hashtags.add(token.text().toLowerCase(Locale.ROOT));
                }
                position += i == 0 || !onlySpaceBetween(sentence, tokens.get(i - 1).end(), token.start()) ? 2 : 1;
                at[i] = position;
                String word = token.text().replace('’', '\'');
                String lower = word.toLowerCase(Locale.ROOT);
                words[i] = word;
                boolean number = token.isNumeric();
                boolean magnitude = afterNumber && MAGNITUDES.contains(lower);
                afterNumber = number || afterNumber && (magnitude || lower.equals("per"));
                // Links, addresses, handles and hashtags are no words: "https", "com" never become terms.
                if (token.kind() != TokenKind.WORD || magnitude || word.length() < 2) {
                    continue;
                }
                if (!capitals && token.isAcronym()) {
                    written[i] = word;
                    fixed[i] = lower.replace(".", "");
                } else if (!rules.stopwords().contains(lower)) {
                    written[i] = lower;
                    if (rules.filler().contains(lower)) {
                        fixed[i] = lower;
                    } else {
                        normalise[i] = true;
                    }
                }
            }
            // A lemmatiser tags the whole sentence: not worth it when no word needs a key.
            String[] normalised = anyTrue(normalise) ? normaliser.keys(words, normalise) : null;
            for (int i = 0; i < n; i++) {
                String key = normalise[i] ? normalised[i] : fixed[i];
                if (key != null && !key.isEmpty()) {
                    keys.add(key);
                    forms.add(written[i]);
                    positions.add(at[i]);
                }
            }
        }
        return new Terms(keys, forms, positions, links, hashtags);
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but spaces separates two tokens: no punctuation, quote or dash. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A headline or shout in capitals, where capitals do not mark acronyms. */
    private static boolean writtenInCapitals(String sentence) {
        long upper = sentence.codePoints().filter(Character::isUpperCase).count();
        long lower = sentence.codePoints().filter(Character::isLowerCase).count();
        return upper > lower;
    }
}
