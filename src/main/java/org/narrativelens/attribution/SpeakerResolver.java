package org.narrativelens.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.actors.ActorType;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

/**
 * Resolves the speaker of a statement to a dictionary actor, within one document:
 * <ol>
 *   <li>a person named in the speaker's words ("Kremlin spokesman Dmitry Peskov"): the one nearest the verb;</li>
 *   <li>"he" or "she": the person the document named most recently;</li>
 *   <li>a role ("the diplomat", "the senior NSC official"): the most recent person named earlier whose
 *       mentions stand near the role's evidence words ({@link RoleLexicon}) and whose state agrees with
 *       the actors in the description; in a headline, the first such person of the whole document;</li>
 *   <li>otherwise the one actor the words name ("The Ukrainian side", "Russian officials", "the Kremlin").</li>
 * </ol>
 * Anything else stays unresolved (null): the caller keeps the speaker's words.
 */
public final class SpeakerResolver implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Tokens before a person's name that may describe them ("Kremlin spokesman Dmitry Peskov"). */
    private static final int TITLE_WINDOW = 6;
    /** Tokens of an apposition after the name ("Patrushev, who serves as secretary of ..."). */
    private static final int APPOSITION_WINDOW = 10;

    private final Map<String, Actor> actors = new HashMap<>();
    private final RoleLexicon roles;
    private final Tokenizer tokenizer = new Tokenizer();
    /** Reporting verbs, lower case: an apposition holding one is a clause ("Gershkovich, the president said"). */
    private final Set<String> verbs;

    public SpeakerResolver(ActorDictionary dictionary, RoleLexicon roles, Set<String> verbs) {
        dictionary.actors().forEach(a -> actors.put(a.id(), a));
        this.roles = roles;
        this.verbs = Set.copyOf(verbs);
    }

    /** A person named in a document, where, and the words around that mention. */
    private record PersonMention(String id, int sentence, int offset) {
    }

    /** What the resolver knows of one document: its people in order, and the words describing each. */
    public final class Document {
        private final List<PersonMention> people = new ArrayList<>();
        private final Map<String, Set<String>> described = new HashMap<>();

        private Document(List<String> sentences, List<List<ActorMention>> mentions) {
            for (int i = 0; i < sentences.size(); i++) {
                List<Token> tokens = tokenizer.tokenize(sentences.get(i));
                for (ActorMention m : mentions.get(i)) {
                    Actor a = actors.get(m.actorId());
                    if (a != null && a.type() == ActorType.PERSON) {
                        people.add(new PersonMention(a.id(), i, m.offset()));
                        described.computeIfAbsent(a.id(), k -> new HashSet<>())
                                .addAll(wordsAround(sentences.get(i), tokens, m));
                    }
                }
            }
        }

        /** The speaker's id, or null. {@code words} are the speaker's tokens, {@code mentions} the actors in them. */
        String resolve(List<Token> words, List<ActorMention> mentions, int sentence, int offset, boolean headline) {
            String speaker = speaker(words, mentions, sentence, offset, headline);
            if (speaker != null && type(speaker) == ActorType.PERSON && !headline) {
                // A person found through a role or pronoun is the latest person for the next "he said".
                int at = people.size();
                while (at > 0 && (people.get(at - 1).sentence() > sentence
                        || people.get(at - 1).sentence() == sentence && people.get(at - 1).offset() > offset)) {
                    at--;
                }
                people.add(at, new PersonMention(speaker, sentence, offset));
            }
            return speaker;
        }

        private String speaker(List<Token> words, List<ActorMention> mentions, int sentence, int offset, boolean headline) {
            String person = null;
            for (ActorMention m : mentions) {
                if (type(m.actorId()) == ActorType.PERSON) {
                    person = m.actorId();
                }
            }
            if (person != null) {
                return person;
            }
            if (words.isEmpty()) {
                return null;
            }
            String last = words.get(words.size() - 1).text().toLowerCase(Locale.ROOT);
            if (words.size() == 1 && PRONOUNS.contains(last)) {
                return mostRecent(sentence, offset, null, null);
            }
            // The head is the first role word: "The representative of the Russian Foreign Ministry".
            String head = last;
            for (Token w : words) {
                String lower = w.text().toLowerCase(Locale.ROOT);
                if (roles.evidence(lower) != null || roles.isGroup(lower)) {
                    head = lower;
                    break;
                }
            }
            Set<String> others = new LinkedHashSet<>();
            mentions.forEach(m -> others.add(m.actorId()));
            Set<String> evidence = roles.evidence(head);
            if (evidence != null) {
                Set<String> states = new HashSet<>();
                others.forEach(id -> {
                    String state = stateOf(id);
                    if (state != null) {
                        states.add(state);
                    }
                });
                return headline ? first(evidence, states) : mostRecent(sentence, offset, evidence, states);
            }
            return others.size() == 1 ? others.iterator().next() : null;
        }

        /** The latest person named before (sentence, offset) with the role's evidence and a matching state. */
        private String mostRecent(int sentence, int offset, Set<String> evidence, Set<String> states) {
            for (int i = people.size() - 1; i >= 0; i--) {
                PersonMention p = people.get(i);
                boolean before = p.sentence() < sentence || p.sentence() == sentence && p.offset() < offset;
                if (before && fits(p.id(), evidence, states)) {
                    return p.id();
                }
            }
            return null;
        }

        private String first(Set<String> evidence, Set<String> states) {
            for (PersonMention p : people) {
                if (fits(p.id(), evidence, states)) {
                    return p.id();
                }
            }
            return null;
        }

        private boolean fits(String person, Set<String> evidence, Set<String> states) {
            if (evidence != null && java.util.Collections.disjoint(evidence, described.getOrDefault(person, Set.of()))) {
                return false;
            }
            return states == null || states.isEmpty() || states.contains(stateOf(person));
        }
    }

    /** The resolver's view of one document: {@code mentions} holds each sentence's actor mentions. */
    public Document document(List<String> sentences, List<List<ActorMention>> mentions) {
        return new Document(sentences, mentions);
    }

    ActorType type(String id) {
        Actor a = actors.get(id);
        return a == null ? null : a.type();
    }

    /** The state an actor is or belongs to, or null. */
    private String stateOf(String id) {
        Actor a = actors.get(id);
        if (a == null) {
            return null;
        }
        return a.type() == ActorType.STATE ? a.id() : a.affiliation();
    }

    /**
     * Lower-case words describing a person at one mention: those just before the name (a title, within the
     * clause) and an apposition after it, set off by a comma.
     */
    private Set<String> wordsAround(String sentence, List<Token> tokens, ActorMention m) {
        Set<String> words = new HashSet<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= m.offset() && t.end() <= m.offset() + m.matched().length()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return words;
        }
        for (int i = first - 1; i >= 0 && i >= first - TITLE_WINDOW; i--) {
            if (hasPunctuation(sentence, tokens.get(i).end(), tokens.get(i + 1).start())) {
                break;
            }
            words.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        if (last + 1 < tokens.size() && sentence.substring(tokens.get(last).end(), tokens.get(last + 1).start()).contains(",")) {
            Set<String> apposition = new HashSet<>();
            for (int i = last + 1; i < tokens.size() && i <= last + APPOSITION_WINDOW; i++) {
                if (i > last + 1 && hasPunctuation(sentence, tokens.get(i - 1).end(), tokens.get(i).start())) {
                    break;
                }
                apposition.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
            }
            // "..., Evan Gershkovich, the president said that": a clause with a speaker of its own, no apposition.
            if (apposition.stream().noneMatch(verbs::contains)) {
                words.addAll(apposition);
            }
        }
        return words;
    }

    /** True when the text between two tokens holds a comma, quotation mark or other clause break (not a parenthesis). */
    static boolean hasPunctuation(String sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '\u201C' || c == '\u201D' || c == '.' || c == '!'
                    || c == '?' || c == '-' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }
}
