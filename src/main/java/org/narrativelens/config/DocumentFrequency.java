package org.narrativelens.config;

import java.util.Locale;

/**
 * A document-frequency bound, as a count of documents or a fraction of them, told apart as users of
 * scikit-learn expect: a whole number ("5") is a count, a number with a decimal point ("0.5", "1.0") is
 * a fraction between 0 and 1. So {@code --max-df 1.0} means every document and {@code --max-df 1} one.
 * {@code auto} leaves the bound to the topic model, which sets it from the corpus size and the number of topics.
 *
 * @param value    the count, or the fraction
 * @param fraction whether {@code value} is a fraction of the documents
 * @param auto     whether the topic model chooses the bound ({@code value} is then unused)
 */
public record DocumentFrequency(double value, boolean fraction, boolean auto) {

    /** The bound the topic model chooses. */
    public static final DocumentFrequency AUTO = new DocumentFrequency(0, false, true);

    public DocumentFrequency(double value, boolean fraction) {
        this(value, fraction, false);
    }

    public DocumentFrequency {
        if (fraction && (value < 0 || value > 1)) {
            throw new IllegalArgumentException("a fraction of documents must be between 0.0 and 1.0, was " + value);
        }
        if (!fraction && (value < 0 || value != Math.rint(value))) {
            throw new IllegalArgumentException("a count of documents must be a whole number >= 0, was " + value);
        }
    }

    /** Parses "5" (a count), "0.5" (a fraction) or "auto". */
    public static DocumentFrequency parse(String text) {
        String s = text.strip();
        if (s.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        try {
            if (s.contains(".")) {
                return new DocumentFrequency(Double.parseDouble(s), true);
            }
            return new DocumentFrequency(Long.parseLong(s), false);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a count (5), a fraction (0.5) nor auto");
        }
    }

    /**
     * The bound in documents for a corpus of {@code documents}; a fraction never means less than one document.
     * An {@code auto} bound is resolved by its user, so it has no value here.
     */
    public double documents(long documents) {
        if (auto) {
            throw new IllegalStateException("an auto document-frequency bound has no value of its own");
        }
        return fraction ? Math.max(1, value * documents) : value;
    }

    /** True when this bound and {@code other} are both counts or both fractions. */
    public boolean comparableTo(DocumentFrequency other) {
        return !auto && !other.auto && fraction == other.fraction;
    }

    @Override
    public String toString() {
        if (auto) {
            return "auto";
        }
        return fraction ? String.format(Locale.ROOT, "%s", value) : String.valueOf((long) value);
    }

    /** picocli converter, so the option's error message says what went wrong. */
    public static final class Converter implements picocli.CommandLine.ITypeConverter<DocumentFrequency> {
        @Override
        public DocumentFrequency convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
