package org.narrativelens.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.annotate.MentionAnnotation;
import org.narrativelens.corpus.CleanedText;
import org.narrativelens.corpus.TextCleaner;
import org.narrativelens.text.SentenceSplitter;
import org.slf4j.LoggerFactory;

/**
 * Precision and recall of attribution on {@code seeds/} against the hand-made gold statements in
 * {@code src/test/resources/attribution/seeds-statements.tsv} (how it was made: the README there).
 *
 * <p>A statement is the pair (sentence, speaker). Speaker precision: system statements whose speaker the
 * gold has in that sentence (an unresolved speaker matches the gold's "-"), over all system statements;
 * recall: the same over all gold statements. Targets are scored over every statement, each system
 * statement paired with the gold one of its sentence and speaker (or, failing that, another gold statement
 * of its sentence): precision = targets the gold pair has / all system targets, recall = gold targets the
 * system pair has / all gold targets. The figures are in README.md; the floors below are the figures
 * measured when they were written, less 0.01, so that a change which lowers them fails here.
 */
class SeedsAttributionQualityTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLD = Path.of("src/test/resources/attribution/seeds-statements.tsv");

    // Measured: speaker 79/79 and 79/79, targets 151/153 and 151/153 (the rules were written on these articles).
    static final double MIN_SPEAKER_PRECISION = 0.99;
    static final double MIN_SPEAKER_RECALL = 0.99;
    static final double MIN_TARGET_PRECISION = 0.977;
    static final double MIN_TARGET_RECALL = 0.977;

    private record Gold(String doc, int sentence, String speaker, Set<String> targets, String cue, String evidence) {
    }

    private record Found(String doc, Statement statement) {
        String speaker() {
            return statement.speakerId() == null ? "-" : statement.speakerId();
        }
    }

    @Test
    void speakersAndTargetsAgreeWithTheGoldAtLeastAsWellAsMeasured() throws IOException {
        ActorDictionary dictionary = new ActorDictionaryReader().readDefault();
        MentionAnnotation annotation = new MentionAnnotation(dictionary);
        StatementFinder finder = StatementFinder.english(dictionary);
        TextCleaner cleaner = new TextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Gold> gold = readGold();
        List<Found> found = new ArrayList<>();
        Map<String, List<String>> sentencesOf = new LinkedHashMap<>();
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String doc = seed.getFileName().toString().replace(".txt", "");
                CleanedText cleaned = cleaner.clean(Files.readString(seed, StandardCharsets.UTF_8));
                List<String> sentences = splitter.split(cleaned.text()).stream().map(SentenceSplitter.Sentence::text).toList();
                sentencesOf.put(doc, sentences);
                List<List<ActorMention>> mentions = annotation.inDocument(sentences, null);
                finder.find(sentences, mentions).forEach(s -> found.add(new Found(doc, s)));
            }
        }
        for (Gold g : gold) {
            List<String> sentences = sentencesOf.get(g.doc());
            assertTrue(sentences != null && g.sentence() < sentences.size() && sentences.get(g.sentence()).startsWith(g.evidence()),
                    "gold " + g.doc() + " sentence " + g.sentence() + " no longer starts with '" + g.evidence()
                            + "': cleaning or sentence splitting changed; check the gold by reading the article again");
        }

        Score score = score(gold, found);
        // The scores go to the test log (target/test.log), not the console; a failure shows them in its message.
        LoggerFactory.getLogger(SeedsAttributionQualityTest.class).info(score.report());
        assertTrue(score.speakerPrecision() >= MIN_SPEAKER_PRECISION, score.report());
        assertTrue(score.speakerRecall() >= MIN_SPEAKER_RECALL, score.report());
        assertTrue(score.targetPrecision() >= MIN_TARGET_PRECISION, score.report());
        assertTrue(score.targetRecall() >= MIN_TARGET_RECALL, score.report());
    }

    private record Score(int gold, int found, int speakers, int targetsRight, int targetsFound, int targetsGold,
                         int sentencesRight, int cuePairs, int cuesRight, List<String> differences) {
        double speakerPrecision() {
            return ratio(speakers, found);
        }

        double speakerRecall() {
            return ratio(speakers, gold);
        }

        double targetPrecision() {
            return ratio(targetsRight, targetsFound);
        }

        double targetRecall() {
            return ratio(targetsRight, targetsGold);
        }

        String report() {
            return String.format(Locale.ROOT, "attribution on seeds/: %d gold statements, %d found, %d in a gold sentence%n"
                            + "speaker precision %.3f (%d/%d), recall %.3f (%d/%d)%n"
                            + "target precision %.3f (%d/%d), recall %.3f (%d/%d)%n"
                            + "cue agrees with the gold's reading on %d of %d statements with the right speaker%n%s",
                    gold, found, sentencesRight, speakerPrecision(), speakers, found, speakerRecall(), speakers, gold,
                    targetPrecision(), targetsRight, targetsFound, targetRecall(), targetsRight, targetsGold,
                    cuesRight, cuePairs, String.join("\n", differences));
        }
    }

    private static Score score(List<Gold> gold, List<Found> found) {
        List<Gold> unmatchedGold = new ArrayList<>(gold);
        List<Found> unmatchedFound = new ArrayList<>();
        List<Object[]> pairs = new ArrayList<>();
        int speakers = 0;
        int cuesRight = 0;
        for (Found f : found) {
            Gold g = unmatchedGold.stream().filter(x -> x.doc().equals(f.doc()) && x.sentence() == f.statement().sentence()
                    && x.speaker().equals(f.speaker())).findFirst().orElse(null);
            if (g == null) {
                unmatchedFound.add(f);
                continue;
            }
            unmatchedGold.remove(g);
            speakers++;
            cuesRight += g.cue().equals(f.statement().cue().label()) ? 1 : 0;
            pairs.add(new Object[] {g, f});
        }
        List<String> differences = new ArrayList<>();
        int sentencesRight = speakers;
        for (Found f : unmatchedFound) {
            Gold g = unmatchedGold.stream().filter(x -> x.doc().equals(f.doc()) && x.sentence() == f.statement().sentence())
                    .findFirst().orElse(null);
            if (g != null) {
                unmatchedGold.remove(g);
                sentencesRight++;
            }
            pairs.add(new Object[] {g, f});
            differences.add("  found " + f.doc().substring(0, 3) + "/" + f.statement().sentence() + " speaker " + f.speaker()
                    + " ('" + f.statement().speakerText() + "' " + f.statement().verb() + ")"
                    + (g == null ? ", no gold statement" : ", gold speaker " + g.speaker()));
        }
        for (Gold g : unmatchedGold) {
            pairs.add(new Object[] {g, null});
            differences.add("  missed " + g.doc().substring(0, 3) + "/" + g.sentence() + " speaker " + g.speaker());
        }
        int right = 0;
        int inFound = 0;
        int inGold = 0;
        for (Object[] p : pairs) {
            Set<String> g = p[0] == null ? Set.of() : ((Gold) p[0]).targets();
            Set<String> f = p[1] == null ? Set.of() : new HashSet<>(((Found) p[1]).statement().targets());
            Set<String> both = new HashSet<>(f);
            both.retainAll(g);
            right += both.size();
            inFound += f.size();
            inGold += g.size();
            if (!f.equals(g) && p[0] != null && p[1] != null) {
                Set<String> extra = new HashSet<>(f);
                extra.removeAll(g);
                Set<String> missing = new HashSet<>(g);
                missing.removeAll(f);
                differences.add("  targets " + ((Gold) p[0]).doc().substring(0, 3) + "/" + ((Gold) p[0]).sentence()
                        + (extra.isEmpty() ? "" : " extra " + extra) + (missing.isEmpty() ? "" : " missing " + missing));
            }
        }
        return new Score(gold.size(), found.size(), speakers, right, inFound, inGold, sentencesRight, speakers, cuesRight, differences);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static List<Gold> readGold() throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("doc\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Set<String> targets = f[3].isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(f[3].split("\\|")));
            gold.add(new Gold(f[0], Integer.parseInt(f[1]), f[2], targets, f[4], f[5]));
        }
        return gold;
    }
}
