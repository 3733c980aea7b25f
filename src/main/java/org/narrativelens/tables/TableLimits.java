package org.narrativelens.tables;

/** How many rows the document-level tables bring to the driver, whatever the size of the corpus. */
public final class TableLimits {

    /** Tables with one or more rows per document show at most this many documents. */
    public static final int REPORT_DOCUMENTS = 1000;
    /** Distinctive terms listed per document. */
    public static final int TERMS_PER_DOCUMENT = 10;
    /** Rows of the terms by source and by period tables: top N terms of as many groups as fit. */
    public static final int GROUP_TERM_ROWS = 5000;
    /** Periods drawn in the term trends (a day bucket over years has thousands). */
    public static final int TREND_PERIODS = 1000;
    /** Concordance lines listed per --kwic word. */
    public static final int KWIC_LINES_PER_TERM = 1000;
    /** Removed lines listed in the cleaning table. */
    public static final int CLEANING_ROWS = 2000;
    /** Rejected documents listed by name. */
    public static final int REJECTS = 10_000;
    /** Phrases listed in the phrases table, the most frequent (all of them are used as terms). */
    public static final int PHRASES = 1000;
    /** Documents with a warning listed by name. */
    public static final int WARNINGS = 10_000;

    /** Documents given a page of their own in the report: the first by id. */
    public static final int DOCUMENT_PAGES = 500;
    /** Characters of cleaned text a document's page shows at most. */
    public static final int DOCUMENT_PAGE_CHARS = 50_000;

    private TableLimits() {
    }
}
