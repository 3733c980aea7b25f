package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the term tables group, compare and quote the corpus.
 *
 * @param timeBucket the span of the periods dated documents are grouped into ({@code --time-bucket})
 * @param compare    the two groups keyness compares, or null for no keyness table ({@code --compare})
 * @param kwic       words or phrases to list in context, lower case, in the order given; empty for none ({@code --kwic})
 */
public record TermOptions(TimeBucket timeBucket, Comparison compare, List<String> kwic) {

    public static final TermOptions DEFAULT = new TermOptions(TimeBucket.MONTH, null, List.of());
    /** More keywords than this make a concordance no one reads; the limit keeps the report readable. */
    public static final int MAX_KWIC_TERMS = 20;

    public TermOptions {
        Objects.requireNonNull(timeBucket, "timeBucket");
        Set<String> words = new LinkedHashSet<>();
        for (String word : Objects.requireNonNull(kwic, "kwic")) {
            String w = word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue; // "a,,b" and an empty setting in a --config file name nothing
            }
            if (!w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                throw new InvalidParameterException("--kwic", "'" + word + "' has no word to look for; give words separated by"
                        + " commas, e.g. --kwic russia,'peace talks'");
            }
            words.add(w);
        }
        if (words.size() > MAX_KWIC_TERMS) {
            throw new InvalidParameterException("--kwic", "names " + words.size() + " words; at most " + MAX_KWIC_TERMS);
        }
        kwic = List.copyOf(words);
        if (compare != null && compare.field() == Comparison.Field.PERIOD) {
            for (String value : compare.b() == null ? List.of(compare.a()) : List.of(compare.a(), compare.b())) {
                try {
                    timeBucket.start(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException("--compare", "period '" + value + "' is not a period of --time-bucket "
                            + timeBucket.name().toLowerCase(Locale.ROOT) + ": write it like " + timeBucket.example());
                }
            }
        }
    }

    /** The options by option name, for the run manifest. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time-bucket", timeBucket.name().toLowerCase(Locale.ROOT));
        m.put("compare", compare == null ? null : compare.toString());
        m.put("kwic", kwic.isEmpty() ? null : String.join(",", kwic));
        return m;
    }
}
