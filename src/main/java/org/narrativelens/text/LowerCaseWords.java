package org.narrativelens.text;

import java.util.Locale;

/** {@code --normalise none}: a word's key is the word in lower case. */
final class LowerCaseWords implements WordNormaliser {

    private static final long serialVersionUID = 1L;

    @Override
    public String[] keys(String[] words, boolean[] wanted) {
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (wanted[i]) {
                keys[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return keys;
    }
}
