package org.narrativelens.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that describe a speaker instead of naming one: roles of one person ("the Kremlin spokesman", with
 * the words that show a person holds the role), groups ("Russian officials") and modifiers ("senior").
 * Read from {@code /attribution/roles-en.tsv}, which documents how each kind is resolved.
 */
public final class RoleLexicon implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final String RESOURCE = "/attribution/roles-en.tsv";

    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();

    private RoleLexicon() {
    }

    /** The English lexicon shipped in the jar. */
    public static RoleLexicon english() {
        RoleLexicon lexicon = new RoleLexicon();
        for (String[] f : TabbedResource.read(RESOURCE, 2)) {
            String word = f[0].strip();
            switch (f[1].strip()) {
                case "role" -> {
                    if (f.length < 3) {
                        throw new IllegalStateException(RESOURCE + ": role '" + word + "' needs its evidence words");
                    }
                    lexicon.roles.put(word, Set.copyOf(Arrays.asList(f[2].strip().split("\\|"))));
                }
                case "group" -> lexicon.groups.add(word);
                case "modifier" -> lexicon.modifiers.add(word);
                default -> throw new IllegalStateException(RESOURCE + ": kind of '" + word + "' must be role, group or modifier, was " + f[1]);
            }
        }
        return lexicon;
    }

    /** The words that show a person holds the role {@code word}, or null when it names no role of one person. */
    public Set<String> evidence(String word) {
        return roles.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean isGroup(String word) {
        return groups.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for any word of the lexicon: it may stand in a speaker's description. */
    public boolean describes(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return roles.containsKey(w) || groups.contains(w) || modifiers.contains(w);
    }
}
