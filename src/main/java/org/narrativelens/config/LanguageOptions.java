package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How text becomes terms: word normalisation, the stopword list, news filler in topics, and phrases
 * (collocations counted as one term).
 *
 * @param normalise      how a word becomes its key: lower case, lemma or stem
 * @param stopwords      a stopword list file (one word a line) replacing the built-in English list, or null
 * @param extraStopwords words added to the stopword list in use, lower case
 * @param topicFiller    whether news filler enters the topic model
 * @param phrases        whether collocations are found and counted as single terms
 * @param phraseMinCount least occurrences of a word sequence to be a phrase
 * @param phraseMinNpmi  least normalised pointwise mutual information of a phrase's words (-1 to 1)
 */
public record LanguageOptions(Normalisation normalise, String stopwords, List<String> extraStopwords,
                              TopicFiller topicFiller, boolean phrases, int phraseMinCount, double phraseMinNpmi) {

    public static final LanguageOptions DEFAULT =
            new LanguageOptions(Normalisation.NONE, null, List.of(), TopicFiller.EXCLUDE, true, 3, 0.5);

    public LanguageOptions {
        Objects.requireNonNull(normalise, "normalise");
        Objects.requireNonNull(topicFiller, "topicFiller");
        Objects.requireNonNull(extraStopwords, "extraStopwords");
        extraStopwords = extraStopwords.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String word : extraStopwords) {
            if (word.codePoints().anyMatch(Character::isWhitespace)) {
                throw new InvalidParameterException("--extra-stopwords", "takes single words separated by commas, was '" + word + "'");
            }
        }
        if (phraseMinCount < 2) {
            throw new InvalidParameterException("--phrase-min-count", "must be at least 2 occurrences, was " + phraseMinCount);
        }
        if (!(phraseMinNpmi >= -1 && phraseMinNpmi <= 1)) {
            throw new InvalidParameterException("--phrase-min-npmi", "must be from -1 to 1 (1: the words only ever occur together), was "
                    + phraseMinNpmi);
        }
    }

    /** The options by option name, for the run manifest. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("normalise", normalise.name().toLowerCase(Locale.ROOT));
        m.put("stopwords", stopwords);
        m.put("extra-stopwords", String.join(",", extraStopwords));
        m.put("topic-filler", topicFiller.name().toLowerCase(Locale.ROOT));
        m.put("phrases", phrases ? "on" : "off");
        m.put("phrase-min-count", phraseMinCount);
        m.put("phrase-min-npmi", phraseMinNpmi);
        return m;
    }
}
