package org.narrativelens.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The lines found to recur across many documents of one source (see {@link BoilerplateFinder}), held as
 * fingerprints of line templates ({@link LineKey#template}) per source so the set is small enough to send to every task.
 *
 * <pre>{@code
 * BoilerplateLines lines = BoilerplateLines.builder().add("rt", "Subscribe to RT on Telegram").build();
 * lines.contains("rt", "subscribe to  RT on telegram"); // true: case and spacing ignored
 * lines.contains("tass", "Subscribe to RT on Telegram"); // false: another source
 * BoilerplateLines.builder().add("hn", "Points: 12").build().contains("hn", "Points: 40"); // true: one template
 * }</pre>
 */
public final class BoilerplateLines implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final BoilerplateLines NONE = new BoilerplateLines(Map.of());

    /** Source key for documents without a source: they form one group. */
    static final String NO_SOURCE = "";

    private final Map<String, Set<Long>> bySource;

    private BoilerplateLines(Map<String, Set<Long>> bySource) {
        this.bySource = bySource;
    }

    /** No boilerplate: nothing is removed. */
    public static BoilerplateLines none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@code line} is boilerplate in documents of {@code source} (null: no source). */
    public boolean contains(String source, String line) {
        Set<Long> lines = bySource.get(sourceKey(source));
        return lines != null && lines.contains(LineKey.templateFingerprint(line));
    }

    /** How many (source, line) pairs are boilerplate. */
    public int size() {
        return bySource.values().stream().mapToInt(Set::size).sum();
    }

    static String sourceKey(String source) {
        return source == null ? NO_SOURCE : source;
    }

    /** Collects boilerplate lines by source. */
    public static final class Builder {
        private final Map<String, Set<Long>> bySource = new HashMap<>();

        /** Adds a line by its text. */
        public Builder add(String source, String line) {
            return addFingerprint(source, LineKey.templateFingerprint(line));
        }

        /** Adds a line by its {@link LineKey#templateFingerprint}. */
        Builder addFingerprint(String source, long fingerprint) {
            bySource.computeIfAbsent(sourceKey(source), s -> new HashSet<>()).add(fingerprint);
            return this;
        }

        public BoilerplateLines build() {
            return bySource.isEmpty() ? NONE : new BoilerplateLines(Map.copyOf(bySource));
        }
    }
}
