package org.narrativelens.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores topics from any tool on one reference corpus with the job's own coherence code
 * ({@link TopWordCounts}, {@link TopicCoherence}), so that two topic models compare on equal terms.
 * Benchmarks only; the job scores its own topics over its analysed documents.
 *
 * <pre>
 * java -cp target/narrative-lens.jar:$(cat target/spark-classpath.txt) org.narrativelens.topics.CoherenceEvaluator \
 *     CORPUS TOPICS [TOP_WORDS]
 * </pre>
 * CORPUS is a folder of {@code .txt} files (one document each) or a JSON Lines file (gzipped or not) with a
 * {@code text} field; TOPICS is the job's {@code topics.csv} or MALLET's {@code --output-topic-keys} file.
 * Each document and each topic term is read the same way: lower case, words of letters and digits (inner
 * apostrophes, hyphens and dots kept, dots then dropped: "U.S." is "us"), a final "'s" dropped. A term of
 * several words (a phrase) occurs in a document where its words occur in a row.
 */
public final class CoherenceEvaluator {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['.\\-][\\p{L}\\p{N}]+)*");

    private CoherenceEvaluator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CoherenceEvaluator CORPUS TOPICS [TOP_WORDS]  (CORPUS: folder of .txt or .jsonl[.gz];"
                    + " TOPICS: topics.csv of a run or MALLET topic keys)");
            System.exit(2);
        }
        int top = args.length > 2 ? Integer.parseInt(args[2]) : CoherenceStage.TOP_WORDS;
        List<List<String>> topics = readTopics(Path.of(args[1]), top);
        List<String> documents = readCorpus(Path.of(args[0]));
        TopicCoherence c = score(topics, documents);
        print(topics, c, documents.size(), System.out);
    }

    /** The coherence of {@code topics} (terms best first) over {@code documents} (raw text). */
    static TopicCoherence score(List<List<String>> topics, List<String> documents) {
        Map<List<String>, Integer> ids = new LinkedHashMap<>();
        int[][] topicIds = new int[topics.size()][];
        for (int t = 0; t < topics.size(); t++) {
            topicIds[t] = topics.get(t).stream().mapToInt(term -> ids.computeIfAbsent(words(term), k -> ids.size())).toArray();
        }
        // Terms by their first word, so a document is scanned once.
        Map<String, List<Map.Entry<List<String>, Integer>>> byFirst = new HashMap<>();
        for (Map.Entry<List<String>, Integer> e : ids.entrySet()) {
            if (!e.getKey().isEmpty()) {
                byFirst.computeIfAbsent(e.getKey().get(0), k -> new ArrayList<>()).add(e);
            }
        }
        TopWordCounts counts = new TopWordCounts(topicIds);
        for (String document : documents) {
            List<String> tokens = words(document);
            java.util.BitSet present = new java.util.BitSet(ids.size());
            for (int i = 0; i < tokens.size(); i++) {
                for (Map.Entry<List<String>, Integer> e : byFirst.getOrDefault(tokens.get(i), List.of())) {
                    List<String> term = e.getKey();
                    if (i + term.size() <= tokens.size() && tokens.subList(i, i + term.size()).equals(term)) {
                        present.set(e.getValue());
                    }
                }
            }
            counts.add(present.stream().toArray());
        }
        return TopicCoherence.of(counts);
    }

    /** A text as the evaluator's words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String w = m.group().replace(".", "");
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Topics from the job's topics.csv (topic, rank, term columns) or from MALLET's topic keys (topic, alpha, words). */
    static List<List<String>> readTopics(Path file, int top) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("topic,")) {
            Map<Integer, TreeMap<Integer, String>> byTopic = new TreeMap<>();
            try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(file))) {
                for (CSVRecord r : parser) {
                    byTopic.computeIfAbsent(Integer.parseInt(r.get("topic")), k -> new TreeMap<>())
                            .put(Integer.parseInt(r.get("rank")), r.get("term"));
                }
            }
            return byTopic.values().stream().map(m -> m.values().stream().limit(top).toList()).toList();
        }
        List<List<String>> topics = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length >= 3) {
                topics.add(Arrays.stream(fields[2].trim().split("\\s+")).limit(top).toList());
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(file + ": no topics (expected a run's topics.csv or MALLET topic keys)");
        }
        return topics;
    }

    /** Every document of a folder of .txt files (sorted by path) or of a JSON Lines file's {@code text} fields. */
    static List<String> readCorpus(Path corpus) throws IOException {
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> documents = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(corpus);
             InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
                if (text != null && !text.asText().isBlank()) {
                    documents.add(text.asText());
                }
            }
        }
        return documents;
    }

    private static void print(List<List<String>> topics, TopicCoherence c, int documents, PrintStream out) {
        for (int t = 0; t < topics.size(); t++) {
            out.printf(Locale.ROOT, "topic %2d  npmi %7.4f  umass %7.4f  %s%n", t, c.npmi().get(t), c.umass().get(t),
                    String.join(", ", topics.get(t)));
        }
        out.printf(Locale.ROOT, "mean NPMI %.4f  mean UMass %.4f  (%d topics, %d reference documents)%n", c.meanNpmi(), c.meanUmass(),
                topics.size(), documents);
    }
}
