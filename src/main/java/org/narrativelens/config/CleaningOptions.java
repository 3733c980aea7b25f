package org.narrativelens.config;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.narrativelens.corpus.CleaningRule;

/**
 * How the corpus is cleaned and de-duplicated before any statistic is computed.
 *
 * @param skippedRules        cleaning rules switched off ({@code --skip-cleaning footer,boilerplate})
 * @param boilerplateMinDocs  least documents of one source a line recurs in to be boilerplate
 * @param boilerplateMinShare least share of its source's documents a line recurs in to be boilerplate
 * @param nearDupThreshold    least word-shingle Jaccard similarity of two near-duplicate documents; 1 finds exact duplicates only
 * @param keepDuplicates      whether duplicates stay in the statistics (they are listed either way)
 */
public record CleaningOptions(Set<CleaningRule> skippedRules, int boilerplateMinDocs, double boilerplateMinShare,
                              double nearDupThreshold, boolean keepDuplicates) {

    public static final CleaningOptions DEFAULT = new CleaningOptions(Set.of(), 3, 0.01, 0.8, false);

    public CleaningOptions {
        skippedRules = skippedRules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(skippedRules));
        if (boilerplateMinDocs < 2) {
            throw new InvalidParameterException("--boilerplate-min-docs", "must be at least 2, was " + boilerplateMinDocs);
        }
        if (!(boilerplateMinShare >= 0 && boilerplateMinShare <= 1)) {
            throw new InvalidParameterException("--boilerplate-min-share", "must be a fraction from 0 to 1, was " + boilerplateMinShare);
        }
        if (!(nearDupThreshold > 0 && nearDupThreshold <= 1)) {
            throw new InvalidParameterException("--near-dup-threshold",
                    "must be a similarity above 0 and at most 1 (1: exact duplicates only), was " + nearDupThreshold);
        }
    }

    /** The rules in use: all but the skipped ones. */
    public Set<CleaningRule> rules() {
        Set<CleaningRule> rules = EnumSet.allOf(CleaningRule.class);
        rules.removeAll(skippedRules);
        return rules;
    }

    /** Whether near-duplicates are looked for (beyond exact ones). */
    public boolean findsNearDuplicates() {
        return nearDupThreshold < 1;
    }

    /** The options by option name, for the run manifest. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skip-cleaning", String.join(",", skippedRules.stream().sorted().map(CleaningRule::label).toList()));
        m.put("boilerplate-min-docs", boilerplateMinDocs);
        m.put("boilerplate-min-share", boilerplateMinShare);
        m.put("near-dup-threshold", nearDupThreshold);
        m.put("keep-duplicates", keepDuplicates);
        return m;
    }

    /** Reads "footer,boilerplate" as the rules it names; an unknown name is refused with the known ones. */
    public static final class RulesConverter implements picocli.CommandLine.ITypeConverter<Set<CleaningRule>> {
        @Override
        public Set<CleaningRule> convert(String value) {
            Set<CleaningRule> rules = EnumSet.noneOf(CleaningRule.class);
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    try {
                        rules.add(CleaningRule.fromLabel(name));
                    } catch (IllegalArgumentException e) {
                        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
                    }
                }
            }
            return rules;
        }
    }
}
