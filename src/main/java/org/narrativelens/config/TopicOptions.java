package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the topic model is fitted, beyond the number of topics and iterations.
 *
 * @param algorithm     collapsed Gibbs sampling or one of MLlib's variational optimisers ({@code --algorithm})
 * @param stabilityRuns refits with the seeds after {@code --seed} that each topic's stability is measured on
 *                      ({@code --stability-runs}); 0: not measured
 */
public record TopicOptions(TopicAlgorithm algorithm, int stabilityRuns) {

    public static final TopicOptions DEFAULT = new TopicOptions(TopicAlgorithm.GIBBS, 0);
    /** Each refit costs as much as the model itself. */
    public static final int MAX_STABILITY_RUNS = 20;

    public TopicOptions(TopicAlgorithm algorithm) {
        this(algorithm, 0);
    }

    public TopicOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (stabilityRuns < 0 || stabilityRuns > MAX_STABILITY_RUNS) {
            throw new InvalidParameterException("--stability-runs", "must be between 0 (off) and " + MAX_STABILITY_RUNS
                    + ", was " + stabilityRuns);
        }
    }

    /** The options by option name, for the run manifest. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", algorithm.name().toLowerCase(Locale.ROOT));
        m.put("stability-runs", stabilityRuns);
        return m;
    }
}
