package org.narrativelens.text;

/**
 * One token of a text: its characters as written and where they stand.
 *
 * @param text  the token as written, possessive "'s" already removed ("Russia" for "Russia's")
 * @param start offset of the first character in the tokenised text
 * @param end   offset one past the last character kept
 */
public record Token(String text, int start, int end) {

    /** True when the token has no letter (numbers, currency amounts, percentages). */
    public boolean isNumeric() {
        return text.codePoints().noneMatch(Character::isLetter);
    }
}
