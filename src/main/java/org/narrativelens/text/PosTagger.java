package org.narrativelens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags ({@code PROPN}, {@code NOUN}, {@code VERB} ...) from Apache
 * OpenNLP's English UD model, for the lemmatiser and the search for unknown actors. The model is loaded once
 * per JVM, on first use (each Spark executor loads it once); the tagger is not thread-safe, so each thread
 * has its own.
 *
 * <pre>{@code
 * PosTagger.tag(new String[] {"Patrushev", "told", "the", "newspaper"}); // [PROPN, VERB, DET, NOUN]
 * }</pre>
 */
public final class PosTagger {

    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private PosTagger() {
    }

    /** The tag of each of {@code words} (the tokens of one sentence, in order). */
    public static String[] tag(String[] words) {
        return Model.TAGGER.get().tag(words);
    }

    /** Holds the model once per JVM: loading it per row would dominate the run time. */
    private static final class Model {
        private static final POSModel POS = OpenNlpModels.load(POS_MODEL, POSModel::new);
        static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(POS));
    }

    /** Loads an OpenNLP model shipped in the jar, with a message that says what to do when it is missing. */
    static final class OpenNlpModels {
        interface Loader<T> {
            T load(InputStream in) throws IOException;
        }

        private OpenNlpModels() {
        }

        static <T> T load(String resource, Loader<T> loader) {
            try (InputStream in = PosTagger.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; rebuild the application jar");
                }
                return loader.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
            }
        }
    }
}
