package org.narrativelens.topics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Document counts behind topic coherence: of each topic's top words, in how many documents each word
 * occurs and in how many each pair of them occurs together, and how many documents there are. Filled one
 * document at a time and merged, so that Spark partitions (and the coherence evaluator, reading plain
 * files) count the same way.
 *
 * <p>Words are integer ids of a vocabulary the caller chose; a topic's words are given best first.
 */
public final class TopWordCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[][] topicWords;
    /** Per topic, the document count of each of its words. */
    private final long[][] single;
    /** Per topic, the joint document count of words i < j at i * size + j. */
    private final long[][] joint;
    private long documents;

    /** Counts for topics whose top words (ids, best first) are {@code topicWords}. */
    public TopWordCounts(int[][] topicWords) {
        this.topicWords = new int[topicWords.length][];
        this.single = new long[topicWords.length][];
        this.joint = new long[topicWords.length][];
        for (int t = 0; t < topicWords.length; t++) {
            this.topicWords[t] = topicWords[t].clone();
            single[t] = new long[topicWords[t].length];
            joint[t] = new long[topicWords[t].length * topicWords[t].length];
        }
    }

    /** Counts one document, given the distinct ids of the words in it, sorted ascending. */
    public TopWordCounts add(int[] sortedWords) {
        documents++;
        if (sortedWords.length == 0) {
            return this;
        }
        boolean[] present = new boolean[0];
        for (int t = 0; t < topicWords.length; t++) {
            int[] words = topicWords[t];
            if (present.length < words.length) {
                present = new boolean[words.length];
            }
            for (int i = 0; i < words.length; i++) {
                present[i] = Arrays.binarySearch(sortedWords, words[i]) >= 0;
                if (present[i]) {
                    single[t][i]++;
                    for (int j = 0; j < i; j++) {
                        if (present[j]) {
                            joint[t][j * words.length + i]++;
                        }
                    }
                }
            }
        }
        return this;
    }

    /** Adds {@code other}'s counts (of the same topics) to these. */
    public TopWordCounts merge(TopWordCounts other) {
        if (other.topicWords.length != topicWords.length) {
            throw new IllegalArgumentException("counts of " + other.topicWords.length + " topics merged into counts of " + topicWords.length);
        }
        documents += other.documents;
        for (int t = 0; t < topicWords.length; t++) {
            for (int i = 0; i < single[t].length; i++) {
                single[t][i] += other.single[t][i];
            }
            for (int i = 0; i < joint[t].length; i++) {
                joint[t][i] += other.joint[t][i];
            }
        }
        return this;
    }

    public long documents() {
        return documents;
    }

    public int topics() {
        return topicWords.length;
    }

    /** Number of top words of {@code topic}. */
    public int words(int topic) {
        return topicWords[topic].length;
    }

    /** Documents holding the {@code i}-th word of {@code topic}. */
    public long single(int topic, int i) {
        return single[topic][i];
    }

    /** Documents holding both the {@code i}-th and {@code j}-th words of {@code topic}. */
    public long joint(int topic, int i, int j) {
        int n = topicWords[topic].length;
        return i < j ? joint[topic][i * n + j] : joint[topic][j * n + i];
    }
}
