package org.narrativelens.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.narrativelens.text.PosTagger;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;
import org.narrativelens.text.WordList;

/**
 * Finds names the actor dictionary does not cover: runs of proper nouns (OpenNLP's {@code PROPN} tag) in a
 * sentence that no dictionary alias matched, such as "Gordon Brown", "Rossiyskaya Gazeta" or "Bank of England"
 * (where "England" alone is an alias of the United Kingdom), so the analyst can extend the dictionary.
 *
 * <p>Tagging is the expensive part, so a sentence is tagged only when a capitalised word after its first one
 * is left uncovered by the dictionary's matches. Headlines in title case or in capitals are not tagged: the
 * tagger takes nearly every word of "Peace Talks Stall As Kremlin Blames West" for a proper noun.
 *
 * <p>A run breaks at punctuation other than "&amp;" ("Acme, Globex and Initech" are three, "Johnson &amp; Johnson"
 * one); it may hold the connectors "of", "for", "de", "von" ... between names, and, after a connector, a name
 * the dictionary matched ("Bank of England"). Titles and calendar words ({@link #NOT_NAMES}) are stripped from
 * its ends ("President Macron" gives "Macron", "Mr Howard" gives "Howard"); a run left with no word the
 * dictionary did not match is dropped. A name the dictionary matched right before or after the run is part of
 * it ("US Airways", "BBC World Service"): the dictionary took a piece of a longer name.
 *
 * <p>A name of one word says whether its document also writes the word in lower case: "Party", "Bill",
 * "Standard" or "World" are then pieces of names the tagger cut, or capitalised common words; counted over
 * the corpus, this sets them apart from "Microsoft" or "Labour".
 */
public final class UnknownActorFinder implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Capitalised words that name no actor on their own: titles, days, months. */
    public static final String NOT_NAMES = "/actors/not-names-en.txt";
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "du", "del", "della", "da", "dos", "la", "le", "von",
            "van", "der", "den", "al", "el", "bin", "ibn");
    /** Above this share of capitalised words after the first, a sentence is a title-case headline. */
    private static final double TITLE_CASE_SHARE = 0.7;
    private static final String PROPER_NOUN = "PROPN";
    /** Words tagged on each side of an uncovered capitalised word: the context OpenNLP's tagger looks at. */
    static final int CONTEXT = 2;

    private final Tokenizer tokenizer = new Tokenizer();
    private final WordList notNames;

    public UnknownActorFinder() {
        this(WordList.fromResource(NOT_NAMES));
    }

    UnknownActorFinder(WordList notNames) {
        this.notNames = java.util.Objects.requireNonNull(notNames, "notNames");
    }

    /**
     * A name found in sentence {@code sentence} (its index in the document); {@code lowerCaseToo}: it is one word,
     * and the document also writes that word in lower case.
     */
    public record Candidate(String name, int sentence, boolean lowerCaseToo) {
    }

    /** The uncovered names of a document's {@code sentences}, given the actors matched in each ({@code mentions}). */
    public List<Candidate> find(List<String> sentences, List<List<ActorMention>> mentions) {
        List<Candidate> found = new ArrayList<>();
        Set<String> lowerCaseWords = null;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<Token> tokens = tokenizer.tokenize(sentence);
            boolean[] covered = covered(tokens, mentions.get(i));
            if (!worthTagging(tokens, covered)) {
                continue;
            }
            String[] tags = tagsAround(tokens, covered);
            for (String name : names(sentence, tokens, covered, tags)) {
                boolean lowerCaseToo = false;
                if (name.indexOf(' ') < 0) {
                    lowerCaseWords = lowerCaseWords == null ? lowerCaseWords(sentences) : lowerCaseWords;
                    lowerCaseToo = lowerCaseWords.contains(name.toLowerCase(Locale.ROOT));
                }
                found.add(new Candidate(name, i, lowerCaseToo));
            }
        }
        return found;
    }

    /**
     * Part-of-speech tags of the uncovered capitalised words and {@link #CONTEXT} words on each side, each such
     * stretch tagged on its own (null elsewhere): the tagger looks two words around, and most words of a long
     * news sentence are nowhere near a name, so tagging the stretches alone costs a fraction of the sentence.
     */
    static String[] tagsAround(List<Token> tokens, boolean[] covered) {
        String[] tags = new String[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int last = i;
            // Stretches that would touch are tagged as one.
            for (int j = i + 1; j < tokens.size() && j <= last + 2 * CONTEXT + 1; j++) {
                if (!covered[j] && Character.isUpperCase(tokens.get(j).text().codePointAt(0))) {
                    last = j;
                }
            }
            int to = Math.min(tokens.size(), last + CONTEXT + 1);
            String[] words = new String[to - from];
            for (int k = from; k < to; k++) {
                words[k - from] = tokens.get(k).text();
            }
            String[] stretch = PosTagger.tag(words);
            System.arraycopy(stretch, 0, tags, from, stretch.length);
            i = to;
        }
        return tags;
    }

    /** The words the document writes in lower case. */
    private Set<String> lowerCaseWords(List<String> sentences) {
        Set<String> words = new java.util.HashSet<>();
        for (String sentence : sentences) {
            for (Token t : tokenizer.tokenize(sentence)) {
                if (Character.isLowerCase(t.text().codePointAt(0))) {
                    words.add(t.text());
                }
            }
        }
        return words;
    }

    /** True when a capitalised word after the first is uncovered, and the sentence reads as a sentence, not a headline. */
    static boolean worthTagging(List<Token> tokens, boolean[] covered) {
        int words = 0;
        int capitalised = 0;
        int capitals = 0;
        boolean uncovered = false;
        for (int i = 1; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (!Character.isLetter(text.codePointAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(text.codePointAt(0))) {
                capitalised++;
                uncovered |= !covered[i];
            }
            if (tokens.get(i).isAcronym() && text.length() > 1) {
                capitals++;
            }
        }
        boolean headline = words >= 3 && (capitalised > TITLE_CASE_SHARE * words || capitals > words / 2);
        return uncovered && !headline;
    }

    private List<String> names(String sentence, List<Token> tokens, boolean[] covered, String[] tags) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isName(tokens, covered, tags, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            // Extend over names, and over connectors followed by a name or a matched actor, without punctuation between.
            while (end < tokens.size() && adjacent(sentence, tokens, end)) {
                if (isName(tokens, covered, tags, end)) {
                    end++;
                } else if (isConnector(tokens.get(end)) && end + 1 < tokens.size() && adjacent(sentence, tokens, end + 1)
                        && (isName(tokens, covered, tags, end + 1) || covered[end + 1])) {
                    end += 2;
                    while (end < tokens.size() && covered[end] && adjacent(sentence, tokens, end)) {
                        end++;
                    }
                } else {
                    break;
                }
            }
            String name = trimmed(sentence, tokens, covered, i, end);
            if (name != null) {
                names.add(name);
            }
            i = end;
        }
        return names;
    }

    /** The run from..to without titles, calendar words and connectors at its ends; null when no uncovered name is left. */
    private String trimmed(String sentence, List<Token> tokens, boolean[] covered, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && (notName(tokens.get(start)) || isConnector(tokens.get(start)))) {
            start++;
        }
        while (end > start && (notName(tokens.get(end - 1)) || isConnector(tokens.get(end - 1)))) {
            end--;
        }
        boolean uncoveredName = false;
        for (int k = start; k < end; k++) {
            uncoveredName |= !covered[k] && !isConnector(tokens.get(k)) && tokens.get(k).text().length() > 1;
        }
        if (!uncoveredName) {
            return null;
        }
        while (start > 0 && covered[start - 1] && adjacent(sentence, tokens, start)) {
            start--;
        }
        while (end < tokens.size() && covered[end] && adjacent(sentence, tokens, end)) {
            end++;
        }
        return sentence.substring(tokens.get(start).start(), tokens.get(end - 1).end()).replaceAll("\\s+", " ");
    }

    private static boolean isName(List<Token> tokens, boolean[] covered, String[] tags, int i) {
        String text = tokens.get(i).text();
        // "US-led", "Kremlin-backed": a compound ending in a lower-case word is an adjective, not a name.
        int hyphen = text.lastIndexOf('-');
        boolean adjective = hyphen > 0 && hyphen + 1 < text.length() && Character.isLowerCase(text.codePointAt(hyphen + 1));
        return !covered[i] && !adjective && PROPER_NOUN.equals(tags[i]) && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isConnector(Token token) {
        return CONNECTORS.contains(token.text());
    }

    private boolean notName(Token token) {
        return notNames.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** True when only spaces, or an ampersand, separate token {@code i} from the one before it. */
    private static boolean adjacent(String sentence, List<Token> tokens, int i) {
        String between = sentence.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
        return between.isEmpty() || between.equals("&");
    }

    /** Which tokens a dictionary match covers. */
    private static boolean[] covered(List<Token> tokens, List<ActorMention> mentions) {
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMention m : mentions) {
            int from = m.offset();
            int to = m.offset() + m.matched().length();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                covered[i] |= t.start() < to && t.end() > from;
            }
        }
        return covered;
    }
}
