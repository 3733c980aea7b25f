package org.narrativelens.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;
import org.narrativelens.text.WordList;

/**
 * Finds the attributed statements of one document, given its sentences and the actors named in each
 * (from the actor matcher, surnames resolved). Plain Java, so it is tested without Spark.
 *
 * <p>In each sentence it looks for an attribution frame: a reporting verb ({@link SpeechVerbs}) with its
 * speaker before it ("Peskov warned", "Nikolay Patrushev, one of ..., has accused", "Blinken, who alleged")
 * or after it ("..., says John Kirby", "\"...,\" said Peskov"); "according to X"; a headline tag
 * ("... - Kremlin"); or an -ing verb whose speaker is the subject of the sentence ("Moscow submitted a
 * draft ..., demanding that ..."). The claim is the rest of the sentence: what precedes a trailing frame
 * ("..., Peskov told NBC in an interview", with any "adding that ..." after it), or what follows a leading
 * one ("Peskov said (that) ..."). Sentences of a quotation whose speaker is named in a neighbouring sentence
 * are statements of that speaker too. The targets are the actors the claim names.
 *
 * <pre>{@code
 * finder.find(List.of("Such tactics have been detrimental, Peskov warned."), mentions)
 * // [Statement(0, dmitry_peskov, "Peskov", "warned", WARN, REPORTED, "Such tactics have been detrimental", [])]
 * }</pre>
 */
public final class StatementFinder implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Auxiliaries and adverbs between a speaker and the verb: "has repeatedly stated", "has since admitted". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "since", "repeatedly", "previously",
            "again", "then", "later", "earlier", "once", "further", "did", "does", "do", "reportedly",
            "publicly", "already", "now", "always", "never", "not", "openly");
    /** Words before a verb that make it no reporting verb of its own: passive, infinitive, modal. */
    private static final Set<String> NOT_SPEECH_BEFORE = Set.of("to", "was", "were", "been", "being", "is", "are", "be",
            // Modals: what someone would or will say is not a statement ("the US and NATO would insist on ...").
            "would", "will", "could", "should", "might", "may", "must", "can", "cannot");
    /** Words right after a verb that make it a participle ("the Americans accused of espionage"). */
    private static final Set<String> NOT_SPEECH_AFTER = Set.of("of", "by", "with");
    /** Small words inside a speaker's description: "head of the department at the Foreign Ministry". */
    private static final Set<String> IN_DESCRIPTION = Set.of("the", "of", "at", "for", "from", "and", "in");
    /** First words after a verb that start an adjunct, not the claim: "said on Tuesday", "said in an interview". */
    private static final Set<String> ADJUNCT = Set.of("on", "in", "at", "during", "last", "earlier", "this", "yesterday",
            "today", "tonight", "from", "after", "before", "while", "when", "with", "to", "via", "late", "early", "told");
    /** Verbs whose object is the addressee ("told NBC", "reminded journalists"). */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("told", "tells", "reminded", "asked");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Longest speaker description, in tokens. */
    private static final int MAX_SPEAKER = 14;
    /** Longest quotation across sentences taken as one speaker's, in sentences. */
    private static final int MAX_QUOTED_SENTENCES = 6;
    /** Longest headline tag ("... - Russian security chief"), in tokens. */
    private static final int MAX_TAG = 6;

    private final SpeechVerbs verbs;
    private final RoleLexicon roles;
    private final SpeakerResolver resolver;
    private final Tokenizer tokenizer = new Tokenizer();
    /** Capitalised stopwords ("When", "We", "Since") name no one; acronyms ("US") are names all the same. */
    private final WordList stopwords = WordList.fromResource(WordList.ENGLISH_STOPWORDS);

    public StatementFinder(ActorDictionary dictionary, SpeechVerbs verbs, RoleLexicon roles) {
        this.verbs = verbs;
        this.roles = roles;
        this.resolver = new SpeakerResolver(dictionary, roles, verbs.forms());
    }

    /** The built-in English lexicons. */
    public static StatementFinder english(ActorDictionary dictionary) {
        return new StatementFinder(dictionary, SpeechVerbs.english(), RoleLexicon.english());
    }

    /** An attribution frame in a sentence: the speaker's tokens [from, to), the verb, the claim's side. */
    private record Frame(int from, int to, int verb, String verbText, Cue cue, Statement.Kind kind, int start, int end,
                         boolean trailing, int claimFrom, boolean relative) {
        Frame(int from, int to, int verb, String verbText, Cue cue, Statement.Kind kind, int start, int end, boolean trailing,
              int claimFrom) {
            this(from, to, verb, verbText, cue, kind, start, end, trailing, claimFrom, false);
        }
    }

    /** The statements of a document, in sentence order; {@code mentions} holds each sentence's actor mentions. */
    public List<Statement> find(List<String> sentences, List<List<ActorMention>> mentions) {
        SpeakerResolver.Document document = resolver.document(sentences, mentions);
        List<List<Statement>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(statements(sentences.get(i), i, mentions.get(i), document));
        }
        addContinuations(sentences, mentions, bySentence);
        List<Statement> all = new ArrayList<>();
        bySentence.forEach(all::addAll);
        return all;
    }

    private List<Statement> statements(String sentence, int index, List<ActorMention> mentions, SpeakerResolver.Document document) {
        Text text = new Text(sentence, tokenizer.tokenize(sentence));
        List<Frame> frames = frames(text);
        List<Statement> out = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            Frame frame = frames.get(f);
            List<int[]> claim = claimRanges(text, frames, f);
            List<Token> words = text.tokens.subList(frame.from(), frame.to());
            int speakerStart = words.isEmpty() ? frame.start() : words.get(0).start();
            int speakerEnd = words.isEmpty() ? frame.start() : words.get(words.size() - 1).end();
            List<ActorMention> inSpeaker = mentions.stream()
                    .filter(m -> m.offset() >= speakerStart && m.offset() < speakerEnd).toList();
            List<ActorMention> rest = mentions.stream().filter(m -> !inSpeaker.contains(m)).toList();
            boolean headline = frame.kind() == Statement.Kind.HEADLINE;
            String speaker = document.resolve(words, inSpeaker, index, speakerStart, headline);
            String claimText = claimText(sentence, claim);
            Statement.Kind kind = frame.kind() == Statement.Kind.REPORTED && hasQuote(claimText) ? Statement.Kind.QUOTE : frame.kind();
            out.add(new Statement(index, speaker, sentence.substring(speakerStart, speakerEnd), frame.verbText(), frame.cue(), kind,
                    claimText, targets(rest, claim)));
        }
        return out;
    }

    // ---- frames ---------------------------------------------------------------------------------------

    private List<Frame> frames(Text text) {
        List<Frame> frames = new ArrayList<>();
        List<Token> t = text.tokens;
        for (int v = 0; v < t.size(); v++) {
            String word = t.get(v).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("according") && v + 1 < t.size() && t.get(v + 1).text().equalsIgnoreCase("to")) {
                Frame f = according(text, v);
                if (f != null) {
                    frames.add(f);
                }
                continue;
            }
            SpeechVerbs.Verb verb = verbs.get(word);
            if (verb == null || Character.isUpperCase(word.codePointAt(0)) && v > 0 || text.possessive(v)) {
                continue;
            }
            boolean infinitive = v + 1 < t.size() && lower(t, v + 1).equals("to") && !text.breakAfter(v)
                    && !lower(t, v).startsWith("sa");
            if (infinitive || v > 0 && NOT_SPEECH_BEFORE.contains(t.get(v - 1).text().toLowerCase(Locale.ROOT))
                    || v + 1 < t.size() && NOT_SPEECH_AFTER.contains(t.get(v + 1).text().toLowerCase(Locale.ROOT))
                    && !text.breakAfter(v)) {
                continue;
            }
            Frame f = SpeechVerbs.Verb.participle(lower) ? participle(text, v, verb, frames) : verbFrame(text, v, verb);
            if (f != null) {
                frames.add(f);
            }
        }
        if (frames.isEmpty()) {
            Frame tag = headlineTag(text);
            if (tag != null) {
                frames.add(tag);
            }
        }
        frames.sort(Comparator.comparingInt(Frame::start));
        return frames;
    }

    /** "X said", "X, who alleged", "X, one of ..., has accused", "..., says X", "\"...,\" said X". */
    private Frame verbFrame(Text text, int v, SpeechVerbs.Verb verb) {
        List<Token> t = text.tokens;
        String verbText = t.get(v).text();
        boolean ending = v + 1 == t.size() || text.breakAfter(v) || ADJUNCT.contains(lower(t, v + 1));
        if (verb.afterOnly() && !ending) {
            return null;
        }
        int b = v - 1;
        while (b >= 0 && !text.breakAfter(b) && BETWEEN.contains(lower(t, b))) {
            b--;
        }
        int[] before = null;
        boolean relative = false;
        if (b >= 0 && !text.breakAfter(b) && lower(t, b).equals("and")) {
            // "the Kremlin recognized ... and demanded that ...": the speaker is the clause's subject.
            before = subject(text, b);
        } else if (b >= 0 && !text.breakAfter(b)) {
            if (lower(t, b).equals("who") && b > 0 && text.commaAfter(b - 1)) {
                before = runBack(text, b - 1);
                relative = true;
            } else {
                before = runBack(text, b);
            }
        } else if (b >= 0 && text.commaAfter(b) && !text.quoteAfter(b)) {
            // An apposition between commas: "Nikolay Patrushev, one of Russia's senior security officials, has accused".
            int a = b;
            while (a > 0 && !text.commaAfter(a - 1)) {
                a--;
            }
            if (a > 0 && Character.isLowerCase(t.get(a).text().codePointAt(0)) && !text.quoteAfter(a - 1)) {
                before = runBack(text, a - 1);
            }
        }
        if (before != null && speakerLike(text, before[0], before[1])) {
            boolean trailing = !relative && trailing(text, before[0], v);
            int from = before[0];
            if (trailing) {
                // "..., head of the second department ... Alexey Polishchuk said": all of it describes the speaker.
                while (from > 0 && !text.breakAfter(from - 1)) {
                    from--;
                }
            }
            return new Frame(from, before[1], v, verbText, verb.cue(), Statement.Kind.REPORTED,
                    t.get(from).start(), t.get(v).end(), trailing, claimStart(text, v, trailing), relative);
        }
        if (v > 0 && text.breakAfter(v - 1) && v + 1 < t.size() && !text.breakAfter(v)) {
            int[] after = runForward(text, v + 1, MAX_SPEAKER);
            if (after != null && speakerLike(text, after[0], after[1])) {
                return new Frame(after[0], after[1], v, verbText, verb.cue(), Statement.Kind.REPORTED,
                        t.get(v).start(), t.get(after[1] - 1).end(), true, -1);
            }
        }
        return null;
    }

    /** An -ing verb: part of the sentence's statement, or one of its own for the sentence's subject. */
    private Frame participle(Text text, int v, SpeechVerbs.Verb verb, List<Frame> earlier) {
        if (!earlier.isEmpty() || v == 0 || !text.commaAfter(v - 1)) {
            return null;
        }
        int[] run = subject(text, v);
        return run == null ? null : new Frame(run[0], run[1], v, text.tokens.get(v).text(), verb.cue(), Statement.Kind.REPORTED,
                text.tokens.get(v).start(), text.tokens.get(v).end(), false, claimStart(text, v, false));
    }

    /** The subject of the clause before token {@code v}: a name or pronoun starting a clause, followed by a verb in lower case. */
    private int[] subject(Text text, int v) {
        List<Token> t = text.tokens;
        for (int s = v - 2; s >= 0; s--) {
            boolean clauseStart = s == 0 || text.commaAfter(s - 1);
            if (!clauseStart || text.breakAfter(s)) {
                continue;
            }
            int[] run = runForward(text, s, MAX_SPEAKER);
            if (run != null && run[1] < v && !text.breakAfter(run[1] - 1) && Character.isLowerCase(t.get(run[1]).text().codePointAt(0))
                    && speakerLike(text, run[0], run[1])) {
                return run;
            }
        }
        return null;
    }

    private Frame according(Text text, int a) {
        List<Token> t = text.tokens;
        if (a + 2 >= t.size()) {
            return null;
        }
        int end = a + 2;
        while (end < t.size() && end - a - 2 < 8 && (end == a + 2 || !text.breakAfter(end - 1))) {
            end++;
        }
        boolean atStart = a == 0 || text.breakAfter(a - 1) && !text.quoteAfter(a - 1);
        boolean trailing = !atStart || end == t.size();
        return new Frame(a + 2, end, a, "according to", Cue.OTHER, Statement.Kind.ACCORDING_TO,
                t.get(a).start(), t.get(end - 1).end(), trailing, trailing ? -1 : end < t.size() ? t.get(end).start() : -1);
    }

    /** "Washington banned Kiev from signing truce with Moscow - Russian security chief": a title's tag. */
    private Frame headlineTag(Text text) {
        String s = text.sentence.strip();
        if (s.isEmpty() || ".!?\"'".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return null;
        }
        List<Token> t = text.tokens;
        for (int h = t.size() - 1; h > 0 && t.size() - h <= MAX_TAG; h--) {
            String gap = text.sentence.substring(t.get(h - 1).end(), t.get(h).start());
            if (gap.matches("['\"\u2019\u201D]?\\s+[-\u2013\u2014]\\s+")) {
                if (!speakerLike(text, h, t.size())) {
                    return null;
                }
                return new Frame(h, t.size(), -1, "", Cue.OTHER, Statement.Kind.HEADLINE, t.get(h - 1).end(), t.get(t.size() - 1).end(),
                        true, -1);
            }
        }
        return null;
    }

    /** The speaker's tokens ending at {@code last}, back to a break: [from, last + 1), or null. */
    private int[] runBack(Text text, int last) {
        List<Token> t = text.tokens;
        String head = lower(t, last);
        boolean noun = last > 0 && !text.breakAfter(last - 1) && !stopwords.contains(head) && verbs.get(head) == null
                && name(t.get(last - 1).text()) && !inDescription(t.get(last).text());
        if (IN_DESCRIPTION.contains(head) || !noun && !inDescription(t.get(last).text())) {
            return null;
        }
        int from = last;
        while (from > 0 && last - from + 1 < MAX_SPEAKER && !text.breakAfter(from - 1) && inDescription(text.tokens.get(from - 1).text())) {
            from--;
        }
        while (from <= last && IN_DESCRIPTION.contains(lower(text.tokens, from)) && !lower(text.tokens, from).equals("the")) {
            from++;
        }
        return new int[] {from, last + 1};
    }

    /** The speaker's tokens from {@code first} up to a break or a word that describes no one, or null. */
    private int[] runForward(Text text, int first, int max) {
        int end = first;
        while (end < text.tokens.size() && end - first < max && inDescription(text.tokens.get(end).text())) {
            end++;
            if (text.breakAfter(end - 1)) {
                break;
            }
        }
        while (end > first && IN_DESCRIPTION.contains(lower(text.tokens, end - 1))) {
            end--;
        }
        return end > first ? new int[] {first, end} : null;
    }

    private boolean inDescription(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return name(word) || IN_DESCRIPTION.contains(lower) || roles.describes(lower) || PRONOUNS.contains(lower);
    }

    /** A capitalised word that is no stopword ("Peskov", "Kremlin", "US"; not "When" or "We"). */
    private boolean name(String word) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean acronym = word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym || !stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A speaker is a name (a capitalised word), a pronoun alone, or a description ending in a role or group. */
    private boolean speakerLike(Text text, int from, int to) {
        if (to <= from) {
            return false;
        }
        String head = lower(text.tokens, to - 1);
        if (to - from == 1 && PRONOUNS.contains(head)) {
            return true;
        }
        if (PRONOUNS.contains(head) || verbs.get(head) != null) {
            return false;
        }
        if (roles.evidence(head) != null || roles.isGroup(head)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (name(text.tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the claim precedes the frame ("..., Lavrov said on Tuesday"): something stands before the
     * speaker after a comma or quotation mark, and the verb is followed by nothing, an adjunct ("on Tuesday",
     * "in an interview") or, for "told", its addressee; "X said (that) ..." leads its claim.
     */
    private boolean trailing(Text text, int speakerFrom, int v) {
        List<Token> t = text.tokens;
        int k = speakerFrom - 1;
        while (k >= 0 && !text.breakAfter(k)) {
            k--;
        }
        boolean claimBefore = k >= 1;
        if (!claimBefore) {
            return false;
        }
        if (v + 1 == t.size() || text.breakAfter(v)) {
            return true;
        }
        int end = v + 1;
        while (end < t.size() && !text.breakAfter(end - 1)) {
            if (lower(t, end).equals("that")) {
                return false;
            }
            end++;
        }
        return ADJUNCT.contains(lower(t, v + 1)) || ADDRESSEE_VERBS.contains(lower(t, v)) && end - v <= 8;
    }

    /** Where a leading claim starts: after "that" when it comes soon ("reminded journalists that"), else after the verb. */
    private static int claimStart(Text text, int v, boolean trailing) {
        if (trailing) {
            return -1;
        }
        List<Token> t = text.tokens;
        for (int i = v + 1; i < t.size() && i <= v + 6; i++) {
            if (lower(t, i).equals("that")) {
                return t.get(i).end();
            }
            if (text.breakAfter(i) && !List.of("however", "though", "also").contains(lower(t, i))) {
                break;
            }
        }
        return t.get(v).end();
    }

    // ---- claims and targets -----------------------------------------------------------------------------

    /** The character ranges of frame {@code f}'s claim, between the neighbouring frames. */
    private List<int[]> claimRanges(Text text, List<Frame> frames, int f) {
        Frame frame = frames.get(f);
        // A trailing claim takes in a leading frame before it: "Washington believes ..., Kirby told Fox News".
        int previousEnd = f == 0 ? 0 : frames.get(f - 1).trailing() ? frames.get(f - 1).end() : frames.get(f - 1).start();
        // A leading claim runs through a relative clause's statement: "rejected a claim by Blinken, who alleged that ...".
        int next = f + 1;
        while (next < frames.size() && frames.get(next).relative() && !frame.trailing()) {
            next++;
        }
        int nextStart = next < frames.size() ? frames.get(next).start() : text.sentence.length();
        List<int[]> ranges = new ArrayList<>();
        if (frame.trailing()) {
            ranges.add(new int[] {previousEnd, frame.start()});
            // "..., Peskov warned, adding that the world is less safe": the participle's clause is his too.
            int more = continuation(text, frame);
            if (more >= 0 && more < nextStart) {
                ranges.add(new int[] {more, nextStart});
            }
        } else {
            int from = Math.max(frame.claimFrom(), frame.end());
            ranges.add(new int[] {Math.min(from, nextStart), nextStart});
        }
        return ranges;
    }

    /** Where an ", adding that ..." after a trailing frame starts its clause, or -1. */
    private int continuation(Text text, Frame frame) {
        List<Token> t = text.tokens;
        for (int i = frame.to() > frame.verb() ? frame.to() : frame.verb() + 1; i < t.size(); i++) {
            SpeechVerbs.Verb verb = verbs.get(t.get(i).text());
            if (verb != null && SpeechVerbs.Verb.participle(lower(t, i)) && i > 0 && text.commaAfter(i - 1)) {
                return claimStart(text, i, false);
            }
        }
        return -1;
    }

    /** The actors named in the claim, each once, in order; {@code mentions} leaves out the speaker's own. */
    private static List<String> targets(List<ActorMention> mentions, List<int[]> claim) {
        Set<String> targets = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (claim.stream().anyMatch(r -> m.offset() >= r[0] && m.offset() < r[1])) {
                targets.add(m.actorId());
            }
        }
        return List.copyOf(targets);
    }

    private static String claimText(String sentence, List<int[]> ranges) {
        List<String> parts = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] <= r[0]) {
                continue;
            }
            String part = trimClaim(sentence.substring(r[0], r[1]));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ... ", parts);
    }

    /** Without the commas, dashes and spaces the frame leaves at either end; a lone closing quote is kept with its text. */
    static String trimClaim(String part) {
        String s = part.strip();
        while (!s.isEmpty() && ",;:-\u2013\u2014 ".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && ",;:-\u2013\u2014 .".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith(",\"")) {
            s = s.substring(0, s.length() - 2) + "\"";
        }
        return s;
    }

    // ---- quotations across sentences -------------------------------------------------------------------

    /**
     * Sentences of a quotation with no frame of their own are their speaker's: a quotation spanning several
     * sentences takes the speaker of the sentence that attributes it, before or after; a sentence quoting
     * right after a sentence with a quoted statement continues it ("\"...,\" Patrushev assessed. \"Their
     * ultimate target is China.").
     */
    private void addContinuations(List<String> sentences, List<List<ActorMention>> mentions, List<List<Statement>> bySentence) {
        int n = sentences.size();
        boolean[] openAtEnd = new boolean[n];
        boolean open = false;
        for (int i = 0; i < n; i++) {
            for (char c : sentences.get(i).toCharArray()) {
                if (c == '"') {
                    open = !open;
                } else if (c == '\u201C') {
                    open = true;
                } else if (c == '\u201D') {
                    open = false;
                }
            }
            openAtEnd[i] = open;
        }
        // Quotations spanning sentences: sentence i continues into i + 1 while the quotation is open.
        int groupStart = 0;
        for (int i = 0; i < n; i++) {
            if (!openAtEnd[i] || i == n - 1) {
                // A quotation that never closes, or runs on, is a stray quotation mark: it gives no speaker.
                if (!openAtEnd[i] && i - groupStart < MAX_QUOTED_SENTENCES) {
                    fillGroup(groupStart, i, sentences, mentions, bySentence);
                }
                groupStart = i + 1;
            }
        }
        for (int i = 1; i < n; i++) {
            List<Statement> previous = bySentence.get(i - 1);
            if (bySentence.get(i).isEmpty() && hasQuote(sentences.get(i)) && !previous.isEmpty()
                    && hasQuote(previous.get(previous.size() - 1).claim())) {
                bySentence.set(i, List.of(continued(previous.get(previous.size() - 1), i, sentences.get(i), mentions.get(i))));
            }
        }
    }

    private void fillGroup(int from, int to, List<String> sentences, List<List<ActorMention>> mentions, List<List<Statement>> bySentence) {
        if (to <= from) {
            return;
        }
        Statement speaker = null;
        for (int i = from; i <= to && speaker == null; i++) {
            speaker = bySentence.get(i).isEmpty() ? null : bySentence.get(i).get(0);
        }
        if (speaker == null) {
            return;
        }
        for (int i = from; i <= to; i++) {
            if (bySentence.get(i).isEmpty()) {
                bySentence.set(i, List.of(continued(speaker, i, sentences.get(i), mentions.get(i))));
            }
        }
    }

    private static Statement continued(Statement of, int index, String sentence, List<ActorMention> mentions) {
        Set<String> targets = new LinkedHashSet<>();
        mentions.forEach(m -> targets.add(m.actorId()));
        return new Statement(index, of.speakerId(), of.speakerText(), of.verb(), of.cue(), Statement.Kind.CONTINUATION,
                trimClaim(sentence), List.copyOf(targets));
    }

    private static boolean hasQuote(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0;
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /** A sentence with its tokens, and what stands between them. */
    private static final class Text {
        final String sentence;
        final List<Token> tokens;

        Text(String sentence, List<Token> tokens) {
            this.sentence = sentence;
            this.tokens = tokens;
        }

        private String gapAfter(int i) {
            int end = i + 1 < tokens.size() ? tokens.get(i + 1).start() : sentence.length();
            return sentence.substring(tokens.get(i).end(), end);
        }

        /** A comma, quotation mark, dash or other clause break between token i and the next. */
        boolean breakAfter(int i) {
            int end = i + 1 < tokens.size() ? tokens.get(i + 1).start() : sentence.length();
            return SpeakerResolver.hasPunctuation(sentence, tokens.get(i).end(), end);
        }

        boolean commaAfter(int i) {
            return gapAfter(i).contains(",");
        }

        boolean quoteAfter(int i) {
            String gap = gapAfter(i);
            return gap.indexOf('"') >= 0 || gap.indexOf('\u201C') >= 0 || gap.indexOf('\u201D') >= 0;
        }

        /** "Ukraine's demands": the word before was a possessive, so this one is a noun. */
        boolean possessive(int i) {
            return i > 0 && gapAfter(i - 1).matches("['\u2019]s?\\s+");
        }
    }
}
