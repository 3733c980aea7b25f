package org.narrativelens.tables;

/** Occurrences per 10,000 terms, to two decimals, as every per_10k column gives them. */
final class PerTenThousand {

    private PerTenThousand() {
    }

    /** {@code count} per 10,000 of {@code terms}; 0 when there are no terms. */
    static double of(long count, long terms) {
        return terms == 0 ? 0 : Math.round(count * 1_000_000.0 / terms) / 100.0;
    }
}
