package org.narrativelens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits cleaned text into sentences with Apache OpenNLP's English UD sentence model. Paragraphs
 * (separated by blank lines) are always sentence boundaries, so a headline without a full stop stays
 * its own sentence.
 *
 * <p>The model is loaded once per JVM (each Spark executor loads it on first use); the detector itself
 * is not thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** One sentence and where it starts in the text. */
    public record Sentence(String text, int start) {
    }

    /** The sentences of {@code text}, in order. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        SentenceDetectorME detector = Detector.THREAD_LOCAL.get();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            for (Span span : detector.sentPosDetect(paragraph)) {
                String sentence = span.getCoveredText(paragraph).toString().strip();
                if (!sentence.isEmpty()) {
                    int offset = paragraphStart + paragraph.indexOf(sentence, span.getStart());
                    sentences.add(new Sentence(sentence.replace('\n', ' '), offset));
                }
            }
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    /**
     * The paragraph (from 0) of each of {@code sentences}, which {@link #split} gave for {@code text}: the
     * sentences are found again, in order, in the blank-line separated paragraphs, so the paragraph need not
     * be stored beside every sentence. A sentence not found (another text) stays in the paragraph of the
     * one before it.
     */
    public static int[] paragraphs(String text, List<String> sentences) {
        int[] found = new int[sentences.size()];
        if (text == null) {
            return found;
        }
        List<String> paragraphs = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            // split() writes a line break inside a sentence as a space.
            paragraphs.add(text.substring(paragraphStart, paragraphEnd).replace('\n', ' '));
            paragraphStart = paragraphEnd + 2;
        }
        int paragraph = 0;
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            for (int p = paragraph; p < paragraphs.size(); p++) {
                int at = paragraphs.get(p).indexOf(sentence, p == paragraph ? from : 0);
                if (at >= 0) {
                    paragraph = p;
                    from = at + sentence.length();
                    break;
                }
            }
            found[i] = paragraph;
        }
        return found;
    }

    /** Holds the model once per JVM: loading it per row would dominate the run time. */
    private static final class Detector {
        private static final SentenceModel MODEL = load();
        static final ThreadLocal<SentenceDetectorME> THREAD_LOCAL =
                ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

        private static SentenceModel load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                            + " is not on the classpath; rebuild the application jar");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load OpenNLP sentence model " + MODEL_RESOURCE, e);
            }
        }
    }
}
