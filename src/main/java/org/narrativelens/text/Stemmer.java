package org.narrativelens.text;

import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * {@code --normalise stem}: a word's key is its Snowball English (Porter2) stem, from Lucene's
 * analysis-common: "negotiations", "negotiated" and "negotiating" all give "negoti". Stems are keys
 * only; tables show the most frequent written form.
 */
public final class Stemmer implements WordNormaliser {

    private static final long serialVersionUID = 1L;
    /** The Snowball stemmer keeps state between calls: one per thread. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    @Override
    public String[] keys(String[] words, boolean[] wanted) {
        EnglishStemmer stemmer = STEMMER.get();
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (wanted[i]) {
                stemmer.setCurrent(words[i].toLowerCase(Locale.ROOT));
                stemmer.stem();
                keys[i] = stemmer.getCurrent();
            }
        }
        return keys;
    }
}
