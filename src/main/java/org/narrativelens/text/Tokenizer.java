package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into word, abbreviation and number tokens, keeping their original case and offsets.
 *
 * <ul>
 *   <li>abbreviations with dots stay whole: "U.S.", "U.K.";</li>
 *   <li>hyphenated words stay whole: "English-speaking", "non-bloc";</li>
 *   <li>possessives lose their "'s" or trailing apostrophe: "Russia's" gives "Russia", "allies'" gives "allies";</li>
 *   <li>numbers keep their separators, currency sign, percent sign, letters and hyphenated words that follow
 *       without a space: "$7", "125,000", "3.5%", "1990s", "21st", "$7bn", "5G", "10-year-old";</li>
 *   <li>punctuation is dropped.</li>
 * </ul>
 * The input is expected in the form {@link org.narrativelens.corpus.CharacterNormaliser} leaves it
 * (straight apostrophes), but curly apostrophes are accepted too.
 */
public final class Tokenizer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                        // U.S., U.K., E.U.
            + "|[$€£¥]?\\d+(?:[.,:]\\d+)*(?:%|\\p{L}+)?(?:-[\\p{L}\\p{N}]+)*"  // $7, 125,000, 3.5%, 12:05, 1990s, 10-year-old
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*['’]?");

    /** The tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String word = m.group();
            if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S")) {
                end -= 2;
            } else if (word.length() > 1 && (word.endsWith("'") || word.endsWith("’"))) {
                end -= 1;
            }
            if (end > m.start()) {
                tokens.add(new Token(text.substring(m.start(), end), m.start(), end));
            }
        }
        return tokens;
    }
}
