package org.narrativelens.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting verbs that mark an attributed statement, each with its {@link Cue} and whether it may lead
 * its claim or only follow one. Read from {@code /attribution/speech-verbs-en.tsv}, which documents them.
 */
public final class SpeechVerbs implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final String RESOURCE = "/attribution/speech-verbs-en.tsv";

    /** One verb form: its cue, and whether it only follows a claim ("..., he added"). */
    public record Verb(Cue cue, boolean afterOnly) implements java.io.Serializable {
        /** An -ing form continues a statement or makes one for the sentence's subject. */
        static boolean participle(String form) {
            return form.endsWith("ing");
        }
    }

    private final Map<String, Verb> verbs;

    private SpeechVerbs(Map<String, Verb> verbs) {
        this.verbs = Map.copyOf(verbs);
    }

    /** The English lexicon shipped in the jar. */
    public static SpeechVerbs english() {
        Map<String, Verb> verbs = new HashMap<>();
        for (String[] f : TabbedResource.read(RESOURCE, 3)) {
            String position = f[2].strip();
            if (!position.equals("any") && !position.equals("after")) {
                throw new IllegalStateException(RESOURCE + ": position of '" + f[0] + "' must be any or after, was " + position);
            }
            verbs.put(f[0].strip(), new Verb(Cue.parse(f[1]), position.equals("after")));
        }
        return new SpeechVerbs(verbs);
    }

    /** Every form listed, lower case. */
    public java.util.Set<String> forms() {
        return verbs.keySet();
    }

    /** The verb written {@code word} (any case), or null when it is not a reporting verb. */
    public Verb get(String word) {
        return verbs.get(word.toLowerCase(Locale.ROOT));
    }
}
