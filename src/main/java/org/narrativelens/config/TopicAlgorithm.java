package org.narrativelens.config;

/**
 * How the topic model is fitted ({@code --algorithm}): {@code gibbs}, collapsed Gibbs sampling
 * distributed over the partitions (AD-LDA), or one of Spark MLlib's variational optimisers,
 * {@code online} (mini-batch variational Bayes) or {@code em} (expectation-maximisation).
 */
public enum TopicAlgorithm {
    GIBBS, ONLINE, EM
}
