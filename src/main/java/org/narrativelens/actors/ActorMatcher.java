package org.narrativelens.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

/**
 * Finds the dictionary's actors in a sentence, on whole tokens and never inside words: at each token
 * the longest alias that matches wins ("White House" before "White"), and matching continues after it.
 * Case rules are those of {@link AliasPattern}. Possessives match their name ("Russia's" is Russia).
 *
 * <pre>{@code
 * new ActorMatcher(dictionary).find("Washington banned Kiev from signing truce with Moscow")
 * // [united_states "Washington" @0, ukraine "Kiev" @18, russia "Moscow" @47]
 * }</pre>
 */
public final class ActorMatcher implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, List<AliasPattern>> byFirstToken = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        for (Actor actor : dictionary.actors()) {
            actors.put(actor.id(), actor);
            for (String alias : actor.names()) {
                AliasPattern pattern = AliasPattern.of(actor.id(), alias, actor.caseSensitive());
                if (pattern != null) {
                    byFirstToken.computeIfAbsent(pattern.firstKey(), k -> new ArrayList<>()).add(pattern);
                }
            }
        }
        Comparator<AliasPattern> longestFirst = Comparator.comparingInt(p -> -p.tokens().size());
        byFirstToken.values().forEach(list -> list.sort(longestFirst));
    }

    /** The actor mentions in {@code sentence}, in text order. */
    public List<ActorMention> find(String sentence) {
        return find(sentence, null);
    }

    /**
     * The actor mentions in {@code sentence} of a document published on {@code date}: an entry whose
     * valid_from / valid_to does not cover the date is not matched (with no date, every entry is).
     */
    public List<ActorMention> find(String sentence, LocalDate date) {
        List<ActorMention> mentions = new ArrayList<>();
        List<Token> tokens = tokenizer.tokenize(sentence);
        int i = 0;
        while (i < tokens.size()) {
            AliasPattern match = longestMatch(tokens, i, date);
            if (match == null) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + match.tokens().size() - 1);
            mentions.add(new ActorMention(match.actorId(), sentence.substring(first.start(), last.end()), first.start()));
            i += match.tokens().size();
        }
        return mentions;
    }

    private AliasPattern longestMatch(List<Token> tokens, int at, LocalDate date) {
        List<AliasPattern> candidates = byFirstToken.get(tokens.get(at).text().toLowerCase(java.util.Locale.ROOT));
        if (candidates != null) {
            for (AliasPattern p : candidates) {
                if (validOn(actors.get(p.actorId()), date) && p.matches(tokens, at)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean validOn(Actor actor, LocalDate date) {
        return date == null
                || (actor.validFrom() == null || !date.isBefore(actor.validFrom()))
                && (actor.validTo() == null || !date.isAfter(actor.validTo()));
    }
}
