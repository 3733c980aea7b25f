package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the job, checked on the sources read as text ({@code src/main/java}): text becomes tokens,
 * sentences and actor mentions when the corpus is prepared, and the analyses read those columns. A class is
 * taken to use another when its name stands as a word on a line of code; comment lines are not read, so a
 * class may speak of the matcher without using it.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/narrativelens");

    /** The classes that match the actor dictionary against text. */
    private static final Set<String> MATCHING = Set.of("ActorMatcher", "SurnameResolver");
    /** The annotation step and the matching classes themselves: the only files that may name {@link #MATCHING}. */
    private static final Set<String> MAY_MATCH = Set.of("annotate/MentionAnnotation.java", "actors/ActorMatcher.java",
            "actors/SurnameResolver.java");

    /** The classes that turn text into sentences, tokens, terms, tags or mentions. */
    private static final Set<String> TEXT_LAYER = Set.of("Tokenizer", "TermExtractor", "SentenceSplitter", "PosTagger",
            "Lemmatiser", "Stemmer", "ActorMatcher", "SurnameResolver");
    /** Where the analyses are: these packages, and the actors package but for the matching classes. */
    private static final Set<String> ANALYSIS_PACKAGES = Set.of("tables", "attribution", "terms", "topics", "report", "actors");
    private static final Set<String> MATCHING_CLASSES = Set.of("actors/ActorMatcher.java", "actors/SurnameResolver.java",
            "actors/AliasPattern.java");
    /**
     * Analysis classes that still derive a text layer on their own, by name: the next items of issue 19 (paragraph
     * indexes, tokens and part-of-speech tags annotated once). None may be added; one that stops leaves the list.
     */
    private static final Map<String, Set<String>> STILL_DERIVING = Map.of(
            "actors/ActorMentionStage.java", Set.of("SentenceSplitter"),       // the paragraph of each sentence
            "actors/CooccurrenceStage.java", Set.of("SentenceSplitter"),       // paragraphs, to count the windows
            "actors/UnknownActorFinder.java", Set.of("Tokenizer", "PosTagger"),
            "attribution/SpeakerResolver.java", Set.of("Tokenizer"),
            "attribution/StatementFinder.java", Set.of("Tokenizer"),
            "terms/Concordance.java", Set.of("Tokenizer"),
            "tables/ActorProfileTables.java", Set.of("TermExtractor"));  // the terms near each actor

    @Test
    void onlyTheAnnotationStepAndTheMatchingClassesNameTheMatcher() {
        Map<String, Set<String>> naming = uses(MATCHING);
        // Equal, not only within: the annotation step must be found naming them, or the scan read nothing.
        assertEquals(new TreeSet<>(MAY_MATCH), naming.keySet(), "files naming ActorMatcher or SurnameResolver: " + naming);
    }

    @Test
    void noAnalysisClassMatchesActorsOrTokenisesOnItsOwn() {
        Map<String, Set<String>> deriving = new TreeMap<>(uses(TEXT_LAYER));
        deriving.keySet().removeIf(file -> !ANALYSIS_PACKAGES.contains(file.substring(0, Math.max(0, file.indexOf('/'))))
                || MATCHING_CLASSES.contains(file));
        assertEquals(new TreeMap<>(STILL_DERIVING), deriving, "analysis classes using a text-layer class");
    }

    /** For each source file (path below {@link #MAIN}) that uses any of {@code classes}: those it uses. */
    private static Map<String, Set<String>> uses(Set<String> classes) {
        Pattern name = Pattern.compile("\\b(" + String.join("|", classes) + ")\\b");
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                for (String line : Files.readAllLines(file)) {
                    Matcher m = name.matcher(code(line));
                    while (m.find()) {
                        found.computeIfAbsent(relative, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The code on a line: nothing of a comment line (Javadoc, block or line comment), a line comment cut off. */
    private static String code(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }
}
