package org.narrativelens.config;

import java.util.Locale;

/**
 * A document-frequency bound, as a count of documents or a fraction of them, told apart as users of
 * scikit-learn expect: a whole number ("5") is a count, a number with a decimal point ("0.5", "1.0") is
 * a fraction between 0 and 1. So {@code --max-df 1.0} means every document and {@code --max-df 1} one.
 *
 * @param value    the count, or the fraction
 * @param fraction whether {@code value} is a fraction of the documents
 */
public record DocumentFrequency(double value, boolean fraction) {

    public DocumentFrequency {
        if (fraction && (value < 0 || value > 1)) {
            throw new IllegalArgumentException("a fraction of documents must be between 0.0 and 1.0, was " + value);
        }
        if (!fraction && (value < 0 || value != Math.rint(value))) {
            throw new IllegalArgumentException("a count of documents must be a whole number >= 0, was " + value);
        }
    }

    /** Parses "5" (a count) or "0.5" (a fraction). */
    public static DocumentFrequency parse(String text) {
        String s = text.strip();
        try {
            if (s.contains(".")) {
                return new DocumentFrequency(Double.parseDouble(s), true);
            }
            return new DocumentFrequency(Long.parseLong(s), false);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a count (5) nor a fraction (0.5)");
        }
    }

    /** The bound in documents for a corpus of {@code documents}; a fraction never means less than one document. */
    public double documents(long documents) {
        return fraction ? Math.max(1, value * documents) : value;
    }

    /** True when this bound and {@code other} are both counts or both fractions. */
    public boolean comparableTo(DocumentFrequency other) {
        return fraction == other.fraction;
    }

    @Override
    public String toString() {
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
