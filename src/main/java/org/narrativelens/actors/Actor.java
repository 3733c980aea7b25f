package org.narrativelens.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the actor dictionary.
 *
 * @param id            unique slug, e.g. "united_states"
 * @param label         display name, always matched as an alias too
 * @param type          what kind of actor it is
 * @param affiliation   id of the state a person or organ belongs to, or null
 * @param aliases       further names, matched on whole tokens
 * @param caseSensitive whether every alias must match in exactly its case
 * @param validFrom     first day the entry applies, or null
 * @param validTo       last day the entry applies, or null
 */
public record Actor(String id, String label, ActorType type, String affiliation, List<String> aliases,
                    boolean caseSensitive, LocalDate validFrom, LocalDate validTo) implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** The label followed by the aliases. */
    public List<String> names() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        names.add(label);
        names.addAll(aliases);
        return names;
    }
}
