package org.narrativelens.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of actor a dictionary entry can be. */
public enum ActorType {
    STATE, PERSON, ORGANISATION, BLOC, MEDIA, PLACE;

    /** The type named {@code text} (case ignored), or null when there is none. */
    public static ActorType parse(String text) {
        for (ActorType t : values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        return null;
    }

    /** "state|person|..." for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(ActorType::label).collect(Collectors.joining("|"));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
