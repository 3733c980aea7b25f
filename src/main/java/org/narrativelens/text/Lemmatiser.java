package org.narrativelens.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * {@code --normalise lemma}: a word's key is its lemma, from Apache OpenNLP's English UD models: the
 * sentence is tagged for parts of speech, then each wanted word is lemmatised with its tag ("talks"/NOUN
 * gives "talk", "said"/VERB gives "say", "better"/ADJ gives "good").
 *
 * <p>The models are loaded once per JVM (each Spark executor loads them on first use; tags come from
 * {@link PosTagger}). Tagging a
 * sentence is cheap; OpenNLP's lemmatizer is not (about 8,000 words a second), so lemmas are looked up
 * by (word, tag) in a per-JVM cache and the lemmatizer runs once per distinct pair, on the word alone.
 */
public final class Lemmatiser implements WordNormaliser {

    private static final long serialVersionUID = 1L;
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    @Override
    public String[] keys(String[] words, boolean[] wanted) {
        String[] tags = PosTagger.tag(words);
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (wanted[i]) {
                keys[i] = lemma(words[i].toLowerCase(Locale.ROOT), tags[i]);
            }
        }
        return keys;
    }

    private static String lemma(String word, String tag) {
        String cacheKey = word + '\t' + tag;
        String cached = Models.CACHE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String lemma = clean(Models.LEMMATIZER.get().lemmatize(new String[] {word}, new String[] {tag})[0], word);
        if (Models.CACHE.size() < Models.CACHE_LIMIT) {
            Models.CACHE.put(cacheKey, lemma);
        }
        return lemma;
    }

    /** The lemma in lower case without spaces; the word itself when the model has no lemma for it. */
    static String clean(String lemma, String word) {
        String l = lemma == null ? "" : lemma.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return l.isEmpty() || l.equals("o") || l.equals("_") || l.contains("+") ? word : l;
    }

    /** Holds the lemmatizer once per JVM: loading it per row would dominate the run time. */
    private static final class Models {
        static final int CACHE_LIMIT = 500_000;
        static final Map<String, String> CACHE = new ConcurrentHashMap<>();
        private static final LemmatizerModel LEMMAS = PosTagger.OpenNlpModels.load(LEMMA_MODEL, LemmatizerModel::new);
        // The lemmatizer is not thread-safe; the model is.
        static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(LEMMAS));
    }
}
