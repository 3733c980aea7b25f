package org.narrativelens.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Which two groups of documents keyness compares ({@code --compare}): documents whose source (or period)
 * is {@code a} against those whose source (or period) is {@code b}, or against all other documents with a
 * source (or period) when {@code b} is null. Documents without a value for the field are in neither group.
 *
 * <pre>{@code
 * Comparison.parse("source=sport,business");   // sport against business
 * Comparison.parse("period=2023-06");          // June 2023 against every other dated document
 * }</pre>
 *
 * @param field what the groups are told apart by
 * @param a     the group whose distinctive terms come first
 * @param b     the group it is compared with, or null for the rest of the corpus
 */
public record Comparison(Field field, String a, String b) {

    /** The label used for "every other document" in tables. */
    public static final String REST = "(rest)";

    /** What documents are grouped by. */
    public enum Field {
        SOURCE, PERIOD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Comparison {
        Objects.requireNonNull(field, "field");
        if (a == null || a.isBlank()) {
            throw new IllegalArgumentException("names no group: use " + field.label() + "=A,B or " + field.label() + "=A");
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("compares '" + a + "' with itself; name two different values");
        }
    }

    /** Parses {@code FIELD=A,B} or {@code FIELD=A}; values are taken as written, spaces around them aside. */
    public static Comparison parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + text + "' must be FIELD=A,B or FIELD=A, FIELD one of source, period");
        }
        String fieldName = text.substring(0, eq).strip();
        Field field = Arrays.stream(Field.values()).filter(f -> f.label().equalsIgnoreCase(fieldName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + fieldName + "' is not a field to compare by: use source or period"));
        String[] values = text.substring(eq + 1).split(",", -1);
        if (values.length > 2 || Arrays.stream(values).anyMatch(String::isBlank) && values.length == 2) {
            throw new IllegalArgumentException("'" + text + "' must name one or two values: " + field.label() + "=A,B or " + field.label() + "=A");
        }
        return new Comparison(field, values[0].strip(), values.length == 2 ? values[1].strip() : null);
    }

    /** The label of group B: its value, or {@link #REST}. */
    public String bLabel() {
        return b == null ? REST : b;
    }

    @Override
    public String toString() {
        return field.label() + "=" + a + (b == null ? "" : "," + b);
    }

    /** picocli converter, so a malformed value is refused with what is allowed. */
    public static final class Converter implements picocli.CommandLine.ITypeConverter<Comparison> {
        @Override
        public Comparison convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
