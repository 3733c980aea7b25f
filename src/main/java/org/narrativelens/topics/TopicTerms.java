package org.narrativelens.topics;

import java.util.List;

/**
 * The top terms of one topic with their weights (probability of the term in the topic).
 *
 * @param topic  topic number, from 0
 * @param terms  terms, most probable first
 * @param weights weights, in the order of {@code terms}
 */
public record TopicTerms(int topic, List<String> terms, List<Double> weights) {

    public TopicTerms {
        terms = List.copyOf(terms);
        weights = List.copyOf(weights);
        if (terms.size() != weights.size()) {
            throw new IllegalArgumentException("topic " + topic + ": " + terms.size() + " terms, " + weights.size() + " weights");
        }
    }

    /** A short label: the top three terms. */
    public String label() {
        // The sampler can leave a topic with no words on a tiny corpus: say so rather than show a blank.
        return terms.isEmpty() ? "(empty topic: no words)" : String.join(" / ", terms.subList(0, Math.min(3, terms.size())));
    }
}
