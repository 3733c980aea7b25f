package org.narrativelens.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyses a run can make ({@code --analyses}). The corpus and cleaning tables and the document pages
 * come with every run; each analysis adds its tables and report sections, so a rerun that only changes
 * the topics can leave the others out and take a fraction of the time.
 */
public enum Analysis {
    /** Term frequencies, TF-IDF, keyness, concordance, trends. */
    TERMS,
    /** The topic model and its tables. */
    TOPICS,
    /** Actor mentions, co-occurrence and the network. */
    ACTORS,
    /** Proper names the actor dictionary misses. */
    UNKNOWN_ACTORS,
    /** Attributed statements: who says what about whom. */
    ATTRIBUTION;

    /** The analyses of a run made with {@code --analyses all}, the default. */
    public static final Set<Analysis> ALL = EnumSet.allOf(Analysis.class);

    /** The name on the command line: {@code unknown-actors}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code --analyses}' value: {@code all} or a list of names; throws naming the option for an unknown name or an empty list. */
    public static Set<Analysis> parse(List<String> names) {
        Set<Analysis> chosen = EnumSet.noneOf(Analysis.class);
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                chosen.addAll(ALL);
                continue;
            }
            Analysis analysis = Arrays.stream(values()).filter(a -> a.optionName().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("--analyses", "does not know '" + raw.strip() + "': choose from all, "
                            + Arrays.stream(values()).map(Analysis::optionName).collect(Collectors.joining(", "))));
            chosen.add(analysis);
        }
        if (chosen.isEmpty()) {
            throw new InvalidParameterException("--analyses", "is empty: name at least one analysis, or all");
        }
        return chosen;
    }

    /** {@code all}, or the names of {@code analyses} joined with commas, for the run manifest. */
    public static String describe(Set<Analysis> analyses) {
        return analyses.containsAll(ALL) ? "all" : analyses.stream().map(Analysis::optionName).collect(Collectors.joining(","));
    }
}
