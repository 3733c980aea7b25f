package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into tokens of a {@link TokenKind}, keeping their original case and offsets.
 *
 * <ul>
 *   <li>links, e-mail addresses, handles and hashtags stay whole and are tried first, so no word is taken
 *       out of them: "https://www.rt.com/news/", "www.bbc.co.uk", "RT.com", "press@tass.ru", "@MFA_Russia",
 *       "#Ukraine" (see {@link WebTokenScanner});</li>
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

    /** The tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        // An e-mail address needs an "@", a link without "http" or "www." a known domain: most texts have
        // neither, and then no word is scanned twice (once as a possible address).
        boolean hasAt = text.indexOf('@') >= 0;
        boolean hasDomain = WebTokenScanner.mayHoldDomain(text);
        int at = 0;
        while (at < text.length()) {
            int end = webToken(text, at, hasAt, hasDomain, tokens);
            if (end < 0) {
                end = tokenAt(text, at);
                if (end < 0) {
                    at += Character.charCount(text.codePointAt(at));
                    continue;
                }
                addWord(text, at, end, tokens);
            }
            at = end;
        }
        return tokens;
    }

    /**
     * Adds the link, e-mail address, handle or hashtag starting at {@code at} (tried in this order) and returns
     * its end; -1 if none starts there. {@code mayHaveAt}: the text has an "@"; {@code mayHaveDomain}: it
     * may hold a domain name ({@link WebTokenScanner#mayHoldDomain}).
     */
    private static int webToken(String s, int at, boolean mayHaveAt, boolean mayHaveDomain, List<Token> tokens) {
        TokenKind kind = TokenKind.URL;
        int end = WebTokenScanner.schemeUrl(s, at);
        if (end < 0) {
            int run = mayHaveAt || mayHaveDomain ? WebTokenScanner.nameRun(s, at) : at;
            if (run > at) {
                if (mayHaveAt) {
                    end = WebTokenScanner.email(s, at, run);
                    kind = TokenKind.EMAIL;
                }
                if (end < 0 && mayHaveDomain && WebTokenScanner.hasDot(s, at, run)) {
                    end = WebTokenScanner.domainUrl(s, at);
                    kind = TokenKind.URL;
                }
            } else if (mayHaveAt && s.charAt(at) == '@') {
                end = WebTokenScanner.tag(s, at, '@');
                kind = TokenKind.HANDLE;
            } else if (s.charAt(at) == '#') {
                end = WebTokenScanner.tag(s, at, '#');
                kind = TokenKind.HASHTAG;
            }
        }
        if (end >= 0) {
            tokens.add(new Token(s.substring(at, end), at, end, kind));
        }
        return end;
    }

    /** Adds the word or number from {@code at} to {@code end}, less a possessive "'s" or trailing apostrophe. */
    private static void addWord(String text, int at, int end, List<Token> tokens) {
        int kept = end;
        if (end - at >= 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2) || text.startsWith("'S", end - 2))) {
            kept -= 2;
        } else if (end - at > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) {
            kept -= 1;
        }
        if (kept > at) {
            String word = text.substring(at, kept);
            tokens.add(new Token(word, at, kept, Token.wordOrNumber(word)));
        }
    }

    /*
     * After the web's tokens (webToken), a scanner of three kinds of token, tried in this order at each
     * position (the first that matches wins, each part taking as much as it can). It does what the regular
     * expression
     *   (?:\p{Lu}\.){2,}
     *   | [$€£¥]?\d+(?:[.,:]\d+)*(?:%|\p{L}+)?(?:-[\p{L}\p{N}]+)*
     *   | [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*['’]?
     * did, which TokenizerTest keeps as the reference, with the web's tokens as alternatives before it: the
     * regex cost a tenth of the job's CPU at 100 MB (Java's matcher clears a loop-detection set at every
     * position it tries).
     */

    /** The end of the token starting at {@code at}, or -1 if none starts there. */
    private static int tokenAt(String s, int at) {
        int end = abbreviation(s, at);
        if (end < 0) {
            end = number(s, at);
        }
        if (end < 0) {
            end = word(s, at);
        }
        return end;
    }

    /** "U.S.", "E.U.": two or more capital letters each followed by a dot. */
    private static int abbreviation(String s, int at) {
        int i = at;
        int letters = 0;
        while (i < s.length() && Character.getType(s.codePointAt(i)) == Character.UPPERCASE_LETTER) {
            int next = i + Character.charCount(s.codePointAt(i));
            if (next >= s.length() || s.charAt(next) != '.') {
                break;
            }
            i = next + 1;
            letters++;
        }
        return letters >= 2 ? i : -1;
    }

    /** "$7", "125,000", "3.5%", "12:05", "1990s", "$7bn", "10-year-old". */
    private static int number(String s, int at) {
        int i = at;
        if (i < s.length() && "$€£¥".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int digits = digits(s, i);
        if (digits == i) {
            return -1;
        }
        i = digits;
        while (i + 1 < s.length() && ".,:".indexOf(s.charAt(i)) >= 0) {
            int more = digits(s, i + 1);
            if (more == i + 1) {
                break;
            }
            i = more;
        }
        if (i < s.length() && s.charAt(i) == '%') {
            i++;
        } else {
            i = run(s, i, Tokenizer::isLetter);
        }
        return hyphenated(s, i, "-", Tokenizer::isLetterOrNumber);
    }

    /** A word: a letter (or mark), then letters, marks and digits, hyphenated or with apostrophes inside. */
    private static int word(String s, int at) {
        if (!isLetterOrMark(s.codePointAt(at))) {
            return -1;
        }
        int i = run(s, at, Tokenizer::isWordCharacter);
        i = hyphenated(s, i, "-'’", Tokenizer::isWordCharacter);
        if (i < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '’')) {
            i++;
        }
        return i;
    }

    /** From {@code at}, as many of (a joiner from {@code joiners}, then one or more {@code part} characters) as follow. */
    private static int hyphenated(String s, int at, String joiners, java.util.function.IntPredicate part) {
        int i = at;
        while (i + 1 < s.length() && joiners.indexOf(s.charAt(i)) >= 0) {
            int end = run(s, i + 1, part);
            if (end == i + 1) {
                break;
            }
            i = end;
        }
        return i;
    }

    /** The end of the run of code points matching {@code p} from {@code at}. */
    private static int run(String s, int at, java.util.function.IntPredicate p) {
        int i = at;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The end of the run of ASCII digits from {@code at} ({@code \\d} of a regular expression). */
    private static int digits(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isLetter(int c) {
        return Character.isLetter(c);
    }

    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isLetterOrMark(int c) {
        return Character.isLetter(c) || isMark(c);
    }

    static boolean isWordCharacter(int c) {
        return Character.isLetter(c) || isMark(c) || isNumber(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
