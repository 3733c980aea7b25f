package org.narrativelens.text;

import java.util.regex.Pattern;

/**
 * One token of a text: its characters as written, where they stand and what kind of token it is.
 *
 * @param text  the token as written, possessive "'s" already removed from words ("Russia" for "Russia's")
 * @param start offset of the first character in the tokenised text
 * @param end   offset one past the last character kept
 * @param kind  word, number, link, e-mail address, handle or hashtag
 */
public record Token(String text, int start, int end, TokenKind kind) {

    /** Digits then capitals: a product or standard, not a quantity. */
    private static final Pattern CODE = Pattern.compile("\\d+\\p{Lu}+");
    private static final String CURRENCY = "$€£¥";

    /**
     * True for a number or an expression led by one: "2022", "$7", "3.5%", "1990s", "21st", "$7bn",
     * "10-year-old". Codes such as "5G" and "3D" are words, as are "G7" and "Covid-19".
     */
    public boolean isNumeric() {
        return kind == TokenKind.NUMBER;
    }

    /** The kind of a token the word or number scanner found: {@link TokenKind#NUMBER} or {@link TokenKind#WORD}. */
    static TokenKind wordOrNumber(String text) {
        char lead = (char) (text.charAt(0) | 0x20);
        if (lead >= 'a' && lead <= 'z') {
            return TokenKind.WORD;   // most tokens: decided without a code point or a pattern
        }
        int first = text.codePointAt(0);
        if (Character.isDigit(first) || CURRENCY.indexOf(first) >= 0) {
            return CODE.matcher(text).matches() ? TokenKind.WORD : TokenKind.NUMBER;
        }
        // A loop, not a stream: called for every token, and a word's first letter decides it.
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return TokenKind.WORD;
            }
            i += Character.charCount(c);
        }
        return TokenKind.NUMBER;
    }

    /**
     * The domain a {@link TokenKind#URL} links to, lower case and without "www.": "rt.com" for
     * "https://www.RT.com/news/1"; null for another kind.
     */
    public String domain() {
        if (kind != TokenKind.URL) {
            return null;
        }
        String rest = text.toLowerCase(java.util.Locale.ROOT);
        int scheme = rest.indexOf("://");
        rest = scheme >= 0 ? rest.substring(scheme + 3) : rest;
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        rest = rest.substring(0, end);
        return rest.startsWith("www.") ? rest.substring(4) : rest;
    }

    /** True for an acronym or abbreviation written in capitals: "US", "U.S.", "NATO", "G7" (not "I" or "A"). */
    public boolean isAcronym() {
        return kind == TokenKind.WORD && text.length() >= 2 && text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
