package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the topic model is fitted, beyond the number of topics and iterations.
 *
 * @param algorithm collapsed Gibbs sampling or one of MLlib's variational optimisers ({@code --algorithm})
 */
public record TopicOptions(TopicAlgorithm algorithm) {

    public static final TopicOptions DEFAULT = new TopicOptions(TopicAlgorithm.GIBBS);

    public TopicOptions {
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** The options by option name, for the run manifest. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", algorithm.name().toLowerCase(Locale.ROOT));
        return m;
    }
}
