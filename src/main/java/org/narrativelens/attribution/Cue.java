package org.narrativelens.attribution;

import java.util.Locale;

/** What an attributed statement does, as its reporting verb signals it ({@code speech-verbs-en.tsv}). */
public enum Cue {
    /** Accusation or blame: accused, blamed, alleged, criticised ... */
    ACCUSE,
    WARN,
    DENY,
    DEMAND,
    PRAISE,
    OFFER,
    /** Neutral reporting: said, told, stressed ... */
    OTHER;

    /** The lower-case name used in files and tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cue named {@code label}; an unknown one is an error naming it. */
    public static Cue parse(String label) {
        for (Cue c : values()) {
            if (c.label().equals(label.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a cue: accuse, warn, deny, demand, praise, offer or other");
    }
}
