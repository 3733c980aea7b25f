package org.narrativelens.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors a run looks for, by id, in the order of the dictionary file. */
public final class ActorDictionary implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The built-in dictionary, a classpath resource. */
    public static final String DEFAULT_RESOURCE = "/actors/default-actors.csv";

    private final Map<String, Actor> byId;

    public ActorDictionary(List<Actor> actors) {
        Map<String, Actor> map = new LinkedHashMap<>();
        for (Actor a : actors) {
            if (map.putIfAbsent(a.id(), a) != null) {
                throw new IllegalArgumentException("duplicate actor id " + a.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    public List<Actor> actors() {
        return List.copyOf(byId.values());
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
