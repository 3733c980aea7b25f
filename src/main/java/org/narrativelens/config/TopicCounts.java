package org.narrativelens.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbers of topics to fit ({@code --topics}): one value ({@code 20}), a list ({@code 5,10,20}) or a range
 * {@code FROM..TO[:STEP]} ({@code 5..30:5} is 5, 10, ..., 30; without a step, every number: {@code 4..6} is 4, 5, 6).
 * With more than one, the job fits each on most of the documents, scores it and keeps the best
 * ({@code topics.TopicCountSelection}). Values are kept ascending, each once.
 *
 * @param values the numbers of topics, ascending, without repeats
 */
public record TopicCounts(List<Integer> values) {

    /** More candidates than this would make one run fit as many models: refused, with a hint to use a step. */
    public static final int MAX_CANDIDATES = 20;
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*\\.\\.\\s*(\\d+)(?:\\s*:\\s*(\\d+))?");
    private static final String FORMS = "write one number (20), a list (5,10,20) or a range FROM..TO[:STEP] (5..30:5)";

    public TopicCounts {
        values = List.copyOf(new TreeSet<>(values));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no number of topics: " + FORMS);
        }
    }

    /** A single number of topics. */
    public static TopicCounts of(int k) {
        return new TopicCounts(List.of(k));
    }

    /** Parses {@code 20}, {@code 5,10,20} or {@code 5..30:5}; the message of a failure says what to write. */
    public static TopicCounts parse(String text) {
        List<Integer> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            Matcher range = RANGE.matcher(p);
            if (range.matches()) {
                int from = number(range.group(1), text);
                int to = number(range.group(2), text);
                int step = range.group(3) == null ? 1 : number(range.group(3), text);
                if (from > to || step < 1) {
                    throw new IllegalArgumentException("'" + p + "' is an empty range: FROM must not exceed TO and STEP must be"
                            + " at least 1, e.g. 5..30:5");
                }
                if ((to - from) / step + 1 > MAX_CANDIDATES) {
                    throw new IllegalArgumentException("'" + p + "' has more than " + MAX_CANDIDATES + " values: use a larger step,"
                            + " e.g. 5..30:5");
                }
                for (long k = from; k <= to; k += step) {
                    values.add((int) k);
                }
            } else {
                values.add(number(p, text));
            }
        }
        if (new TreeSet<>(values).size() > MAX_CANDIDATES) {
            throw new IllegalArgumentException("'" + text + "' has more than " + MAX_CANDIDATES + " values: fit at most "
                    + MAX_CANDIDATES + " numbers of topics in one run");
        }
        return new TopicCounts(values);
    }

    private static int number(String s, String text) {
        if (!s.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a number of topics: " + FORMS);
        }
        return Integer.parseInt(s);
    }

    /** True when more than one number of topics is to be fitted and compared. */
    public boolean several() {
        return values.size() > 1;
    }

    /** The smallest number of topics (the only one when there is one). */
    public int first() {
        return values.get(0);
    }

    /** "20" or "5,10,20", as it would be written on the command line. */
    @Override
    public String toString() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** picocli converter, so that the option's error message says what to write. */
    public static final class Converter implements picocli.CommandLine.ITypeConverter<TopicCounts> {
        @Override
        public TopicCounts convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
