package org.narrativelens.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

/**
 * The surname rule, applied per document: a surname alone names a person only when that is
 * unambiguous in the document.
 * <ul>
 *   <li>A surname the dictionary does not list alone ("Kirby" for John Kirby) names the person when
 *       exactly one person of that surname is named in full somewhere in the document.</li>
 *   <li>A surname the dictionary lists alone but which two of its people share ("Patrushev": Nikolai
 *       and Dmitry) names the one named in full in the document; if both are, it names neither; if
 *       neither is, the dictionary's choice stands.</li>
 *   <li>A surname only one person has, listed alone ("Peskov"), always names that person.</li>
 * </ul>
 */
public final class SurnameResolver implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Tokenizer tokenizer = new Tokenizer();
    /** Lower-case surname -> ids of the people whose full names end with it. */
    private final Map<String, Set<String>> peopleBySurname = new HashMap<>();

    public SurnameResolver(ActorDictionary dictionary) {
        for (Actor actor : dictionary.actors()) {
            if (actor.type() != ActorType.PERSON) {
                continue;
            }
            for (String name : actor.names()) {
                List<Token> tokens = tokenizer.tokenize(name);
                if (tokens.size() >= 2) {
                    String surname = tokens.get(tokens.size() - 1).text();
                    if (Character.isUpperCase(surname.codePointAt(0))) {
                        peopleBySurname.computeIfAbsent(surname.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(actor.id());
                    }
                }
            }
        }
    }

    /** The mentions of each sentence of one document ({@code found}, from {@link ActorMatcher}) with the rule applied. */
    public List<List<ActorMention>> resolve(List<String> sentences, List<List<ActorMention>> found) {
        Set<String> namedInFull = new HashSet<>();
        for (List<ActorMention> sentence : found) {
            for (ActorMention m : sentence) {
                if (tokenizer.tokenize(m.matched()).size() >= 2) {
                    namedInFull.add(m.actorId());
                }
            }
        }
        List<List<ActorMention>> resolved = new ArrayList<>(found.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<ActorMention> kept = new ArrayList<>();
            for (ActorMention m : found.get(i)) {
                ActorMention r = ambiguousSurname(m) ? resolveListed(m, namedInFull) : m;
                if (r != null) {
                    kept.add(r);
                }
            }
            addUnlistedSurnames(sentences.get(i), found.get(i), namedInFull, kept);
            kept.sort(Comparator.comparingInt(ActorMention::offset));
            resolved.add(kept);
        }
        return resolved;
    }

    private boolean ambiguousSurname(ActorMention m) {
        Set<String> people = peopleBySurname.get(m.matched().toLowerCase(Locale.ROOT));
        return people != null && people.size() > 1;
    }

    private ActorMention resolveListed(ActorMention m, Set<String> namedInFull) {
        Set<String> inDocument = namedIn(m.matched(), namedInFull);
        if (inDocument.isEmpty()) {
            return m;
        }
        return inDocument.size() == 1 ? new ActorMention(inDocument.iterator().next(), m.matched(), m.offset()) : null;
    }

    private void addUnlistedSurnames(String sentence, List<ActorMention> found, Set<String> namedInFull, List<ActorMention> kept) {
        for (Token token : tokenizer.tokenize(sentence)) {
            if (!Character.isUpperCase(token.text().codePointAt(0)) || covered(token, found)) {
                continue;
            }
            Set<String> inDocument = namedIn(token.text(), namedInFull);
            if (inDocument.size() == 1) {
                kept.add(new ActorMention(inDocument.iterator().next(), token.text(), token.start()));
            }
        }
    }

    private Set<String> namedIn(String surname, Set<String> namedInFull) {
        Set<String> people = new HashSet<>(peopleBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), Set.of()));
        people.retainAll(namedInFull);
        return people;
    }

    private static boolean covered(Token token, List<ActorMention> found) {
        for (ActorMention m : found) {
            if (token.start() < m.offset() + m.matched().length() && token.end() > m.offset()) {
                return true;
            }
        }
        return false;
    }
}
