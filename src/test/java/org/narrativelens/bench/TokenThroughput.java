package org.narrativelens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.narrativelens.config.Normalisation;
import org.narrativelens.text.SentenceSplitter;
import org.narrativelens.text.TermExtractor;
import org.narrativelens.text.TermRules;
import org.narrativelens.text.Tokenizer;

/**
 * Tokens per second of the language layer outside Spark, against a plain tokenise-and-count loop over the
 * same texts (the physical limit the job's throughput is compared with). Run by {@code scripts/bench-language.sh}.
 *
 * <pre>TokenThroughput CORPUS RUNS LEMMA_RUNS</pre>
 * CORPUS is a folder of {@code .txt} files or a {@code .jsonl[.gz]} file with a {@code text} field. Texts are
 * loaded into memory first, so only the per-document work is timed: for each mode, one untimed pass to warm
 * the JIT and load the models, then RUNS timed passes on every core (the baseline also on one thread);
 * LEMMA_RUNS for {@code --normalise lemma}, which takes ten times as long.
 */
public final class TokenThroughput {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private TokenThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TokenThroughput CORPUS RUNS LEMMA_RUNS");
            System.exit(2);
        }
        List<String> texts = load(Path.of(args[0]));
        int runs = Integer.parseInt(args[1]);
        int lemmaRuns = Integer.parseInt(args[2]);
        long tokens = texts.stream().mapToLong(t -> new Tokenizer().tokenize(t).size()).sum();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus %s: %d documents, %d tokens, %.1f MB of text; %d cores%n",
                args[0], texts.size(), tokens, bytes / 1e6, cores);
        System.out.println("| work | threads | seconds per pass (" + runs + " runs) | median | tokens/s |");
        System.out.println("|---|---|---|---|---|");
        report("plain tokenise and count (baseline)", texts, tokens, runs, true, TokenThroughput::countWords);
        for (Normalisation mode : Normalisation.values()) {
            TermRules rules = new TermRules(TermRules.english().stopwords(), TermRules.english().filler(), mode);
            TermExtractor extractor = new TermExtractor(rules);
            SentenceSplitter splitter = new SentenceSplitter();
            report("sentences + terms, --normalise " + mode.name().toLowerCase(Locale.ROOT), texts, tokens,
                    mode == Normalisation.LEMMA ? lemmaRuns : runs, false,
                    text -> extractor.extract(splitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList())
                            .keys().size());
        }
    }

    /**
     * Times {@code work} over every text on all cores (as the job runs it) and prints a table row; the
     * baseline also on one thread, the physical limit of one core.
     */
    private static void report(String name, List<String> texts, long tokens, int runs, boolean oneThreadToo, PerText work) {
        pass(texts, work, true);
        if (oneThreadToo) {
            printRow(name, "1", times(texts, work, false, runs), tokens);
        }
        printRow(name, String.valueOf(ForkJoinPool.getCommonPoolParallelism() + 1), times(texts, work, true, runs), tokens);
    }

    private static double[] times(List<String> texts, PerText work, boolean parallel, int runs) {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pass(texts, work, parallel);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    private static long pass(List<String> texts, PerText work, boolean parallel) {
        Stream<String> stream = parallel ? texts.parallelStream() : texts.stream();
        return stream.mapToLong(work::apply).sum();
    }

    private static void printRow(String name, String threads, double[] seconds, long tokens) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        StringBuilder all = new StringBuilder();
        for (double s : seconds) {
            all.append(all.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", s));
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %,.0f |%n", name, threads, all, median, tokens / median);
    }

    /** The baseline: lower-cased letter runs counted in a hash map, one per text. */
    private static long countWords(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts.size();
    }

    private static List<String> load(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        new RawCorpus().read(corpus, text -> {
            if (!text.isBlank()) {
                texts.add(text);
            }
        });
        return texts;
    }

    @FunctionalInterface
    private interface PerText {
        long apply(String text);
    }
}
