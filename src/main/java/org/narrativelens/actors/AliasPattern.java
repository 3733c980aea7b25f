package org.narrativelens.actors;

import java.util.List;
import java.util.Locale;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

/**
 * One alias of one actor as a sequence of tokens, and the rule by which text tokens match it.
 *
 * <ul>
 *   <li>An alias written in capitals ("US", "U.S.", "NATO") is an acronym and matches only in exactly
 *       that form, so the pronoun "us" never matches "US".</li>
 *   <li>In a case-sensitive entry every token must match exactly, except a leading lower-case word
 *       ("the West" matches "The West" at the start of a sentence).</li>
 *   <li>Otherwise case is ignored, but a capitalised alias word only matches a capitalised word:
 *       "Turkey" matches "Turkey" and "TURKEY", not "turkey".</li>
 * </ul>
 */
record AliasPattern(String actorId, List<String> tokens, boolean exact) implements java.io.Serializable {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** The pattern for {@code alias}; null when the alias has no token. */
    static AliasPattern of(String actorId, String alias, boolean caseSensitive) {
        List<String> tokens = TOKENIZER.tokenize(alias).stream().map(Token::text).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        return new AliasPattern(actorId, tokens, caseSensitive || isAcronym(alias));
    }

    /** The key under which two aliases collide in a dictionary. */
    static String key(String alias, boolean caseSensitive) {
        String joined = String.join(" ", TOKENIZER.tokenize(alias).stream().map(Token::text).toList());
        return caseSensitive || isAcronym(alias) ? joined : joined.toLowerCase(Locale.ROOT);
    }

    static boolean isAcronym(String alias) {
        // "US", "U.S.", "NATO", "G7": at least two characters, every letter a capital.
        long letters = alias.codePoints().filter(Character::isLetter).count();
        return letters >= 1 && alias.strip().length() >= 2
                && alias.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Lower-case first token, the index key. */
    String firstKey() {
        return tokens.get(0).toLowerCase(Locale.ROOT);
    }

    /** True when the text tokens starting at {@code from} match this alias. */
    boolean matches(List<Token> text, int from) {
        if (from + tokens.size() > text.size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokenMatches(tokens.get(i), text.get(from + i).text(), i == 0)) {
                return false;
            }
        }
        return true;
    }

    private boolean tokenMatches(String aliasToken, String textToken, boolean first) {
        if (aliasToken.equals(textToken)) {
            return true;
        }
        if (!aliasToken.equalsIgnoreCase(textToken)) {
            return false;
        }
        boolean aliasLower = Character.isLowerCase(aliasToken.codePointAt(0));
        if (exact) {
            return first && aliasLower;
        }
        return aliasLower || Character.isUpperCase(textToken.codePointAt(0));
    }
}
