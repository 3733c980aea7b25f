package org.narrativelens.text;

import java.util.regex.Pattern;

/**
 * One token of a text: its characters as written and where they stand.
 *
 * @param text  the token as written, possessive "'s" already removed ("Russia" for "Russia's")
 * @param start offset of the first character in the tokenised text
 * @param end   offset one past the last character kept
 */
public record Token(String text, int start, int end) {

    /** Digits then capitals: a product or standard, not a quantity. */
    private static final Pattern CODE = Pattern.compile("\\d+\\p{Lu}+");
    private static final String CURRENCY = "$€£¥";

    /**
     * True for a number or an expression led by one: "2022", "$7", "3.5%", "1990s", "21st", "$7bn",
     * "10-year-old". Codes such as "5G" and "3D" are words, as are "G7" and "Covid-19".
     */
    public boolean isNumeric() {
        int first = text.codePointAt(0);
        if (Character.isDigit(first) || CURRENCY.indexOf(first) >= 0) {
            return !CODE.matcher(text).matches();
        }
        return text.codePoints().noneMatch(Character::isLetter);
    }

    /** True for an acronym or abbreviation written in capitals: "US", "U.S.", "NATO", "G7" (not "I" or "A"). */
    public boolean isAcronym() {
        return text.length() >= 2 && text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
