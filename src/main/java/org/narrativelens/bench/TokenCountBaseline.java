package org.narrativelens.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The physical limit the job's throughput is measured against: read a corpus and count its tokens in one
 * plain pass on one thread, no Spark, no language model ({@link RawCorpus}, {@link TokenCounter}).
 * {@code scripts/bench-scale.sh} runs it on each corpus it times the job on and reports the job's MB/s, and
 * each stage's, as a ratio to this one's times the number of cores.
 *
 * <pre>
 * java -cp target/narrative-lens.jar:$(cat target/spark-classpath.txt) org.narrativelens.bench.TokenCountBaseline CORPUS
 * bytes=14715 documents=5 tokens=2336 distinct=829 seconds=0.039677 mb_per_s=0.354     (seeds/)
 * </pre>
 * CORPUS is a folder of {@code .txt} files or a {@code .jsonl[.gz]} file with a {@code text} field. The
 * time is from opening the input to the last count (the JVM's start and the loading of the JSON parser are
 * not in it); bytes are as stored, MB 2^20 bytes. The distinct tokens are printed so that the counting cannot
 * be optimised away. Unreadable or empty input: a one-line error naming the file, exit code 2.
 */
public final class TokenCountBaseline {

    private static final double MB = 1 << 20;

    private TokenCountBaseline() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: TokenCountBaseline CORPUS  (a folder of .txt files or a .jsonl[.gz] file with a \"text\" field)");
            return 2;
        }
        try {
            out.println(count(Path.of(args[0])).line());
            return 0;
        } catch (IOException e) {
            err.println("TokenCountBaseline: " + e.getMessage().replaceAll("\\s+", " "));
            return 2;
        }
    }

    /** Reads and counts {@code corpus}, timed. */
    static Result count(Path corpus) throws IOException {
        RawCorpus reader = new RawCorpus();
        long start = System.nanoTime();
        TokenCounter counter = new TokenCounter();
        long[] documents = {0};
        long bytes = reader.read(corpus, text -> {
            documents[0]++;
            counter.add(text);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (documents[0] == 0) {
            throw new IOException(corpus + ": no documents (expected .txt files in a folder, or JSON Lines records with a \"text\" field)");
        }
        return new Result(bytes, documents[0], counter.tokens(), counter.distinct(), seconds);
    }

    /** One run's figures. */
    record Result(long bytes, long documents, long tokens, int distinct, double seconds) {

        /** The machine-readable line the benchmark script parses: {@code key=value} pairs. */
        String line() {
            return String.format(Locale.ROOT, "bytes=%d documents=%d tokens=%d distinct=%d seconds=%.6f mb_per_s=%.3f",
                    bytes, documents, tokens, distinct, seconds, bytes / MB / seconds);
        }
    }
}
