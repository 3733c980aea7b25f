package org.narrativelens.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

/**
 * Keyword in context: finds every occurrence of a few words or phrases in a document's sentences and gives
 * each with the words before and after it, as a reader of a concordance expects. Matching is on whole tokens
 * of the same {@link Tokenizer} the term extractor uses, ignoring case, so {@code russia} finds "Russia's"
 * (keyword "Russia", right context "'s ...") but not "Russian"; a phrase matches consecutive tokens with only
 * spaces between them.
 *
 * <pre>{@code
 * Concordance kwic = new Concordance(List.of("russia", "peace talks"));
 * kwic.lines(List.of("Russia's envoy left the peace talks early."));
 * // [Line[term=russia, sentence=1, position=0, left=, keyword=Russia, right='s envoy left the peace talks early.],
 * //  Line[term=peace talks, sentence=1, position=4, left=Russia's envoy left the, keyword=peace talks, right=early.]]
 * }</pre>
 *
 * <p>{@link #line} cuts the context around any span of a sentence, so other finders (actor mentions) can quote
 * their matches the same way.
 */
public final class Concordance implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Characters of context kept on each side, cut back to a word boundary. */
    public static final int CONTEXT_CHARS = 50;
    /** Marks context cut short. */
    static final String CUT = "…";

    /**
     * One occurrence: the word or phrase looked for, the sentence (from 1) and the token (from 0) where it
     * starts, and the context around the keyword as written.
     */
    public record Line(String term, int sentence, int position, String left, String keyword, String right) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final List<String> terms;
    private final List<List<String>> termTokens = new ArrayList<>();

    /** A concordance of {@code terms}, each a word or a phrase, matched ignoring case. */
    public Concordance(List<String> terms) {
        this.terms = List.copyOf(terms);
        for (String term : this.terms) {
            List<String> tokens = tokenizer.tokenize(term).stream().map(t -> normalise(t.text())).toList();
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("'" + term + "' has no word to look for");
            }
            termTokens.add(tokens);
        }
    }

    /** The words and phrases looked for, as given. */
    public List<String> terms() {
        return terms;
    }

    /** Every occurrence of the terms in {@code sentences}, in text order. */
    public List<Line> lines(List<String> sentences) {
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            List<Token> tokens = tokenizer.tokenize(sentence);
            List<String> words = tokens.stream().map(t -> normalise(t.text())).toList();
            for (int i = 0; i < tokens.size(); i++) {
                for (int k = 0; k < terms.size(); k++) {
                    List<String> wanted = termTokens.get(k);
                    if (i + wanted.size() <= words.size() && words.subList(i, i + wanted.size()).equals(wanted)
                            && onlySpacesBetween(sentence, tokens.subList(i, i + wanted.size()))) {
                        Token last = tokens.get(i + wanted.size() - 1);
                        lines.add(line(terms.get(k), sentence, s + 1, i, tokens.get(i).start(), last.end()));
                    }
                }
            }
        }
        return lines;
    }

    /** The line of the keyword at {@code [start, end)} of {@code sentence}, with its context cut to {@link #CONTEXT_CHARS}. */
    public static Line line(String term, String sentence, int sentenceNumber, int position, int start, int end) {
        Objects.checkFromToIndex(start, end, sentence.length());
        return new Line(term, sentenceNumber, position, left(sentence.substring(0, start)), sentence.substring(start, end),
                right(sentence.substring(end)));
    }

    private static String left(String text) {
        String s = text.stripTrailing();
        if (s.length() <= CONTEXT_CHARS) {
            return s;
        }
        int from = s.length() - CONTEXT_CHARS;
        int space = s.charAt(from - 1) == ' ' ? from - 1 : s.indexOf(' ', from);
        return CUT + (space < 0 ? s.substring(from) : s.substring(space + 1));
    }

    private static String right(String text) {
        String s = text.stripLeading();
        if (s.length() <= CONTEXT_CHARS) {
            return s;
        }
        int space = s.lastIndexOf(' ', CONTEXT_CHARS);
        return (space <= 0 ? s.substring(0, CONTEXT_CHARS) : s.substring(0, space)) + CUT;
    }

    /** True when the tokens of a phrase stand apart by spaces only: "peace talks", not "peace, talks". */
    private static boolean onlySpacesBetween(String sentence, List<Token> tokens) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!sentence.substring(tokens.get(t - 1).end(), tokens.get(t).start()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** As the term extractor compares words: lower case, straight apostrophes. */
    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
