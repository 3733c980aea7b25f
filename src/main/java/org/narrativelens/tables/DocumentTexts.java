package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.DocumentText;

/**
 * Brings the texts of the documents that get a page in the report to the driver, bounded: the first
 * {@link TableLimits#DOCUMENT_PAGES} documents with text by id, each cut to
 * {@link TableLimits#DOCUMENT_PAGE_CHARS} characters (whole sentences). The rest of each page (mentions,
 * topic, terms) comes from the report's tables.
 */
public final class DocumentTexts {

    /** Sentences fetched per document: more than fit in the characters shown of any real text. */
    static final int MAX_SENTENCES = 2000;

    private final int documents;
    private final int maxChars;

    public DocumentTexts() {
        this(TableLimits.DOCUMENT_PAGES, TableLimits.DOCUMENT_PAGE_CHARS);
    }

    DocumentTexts(int documents, int maxChars) {
        this.documents = documents;
        this.maxChars = maxChars;
    }

    /** The first documents of {@code withText} (documents with text, analysed or duplicate) by id. */
    public List<DocumentText> collect(Dataset<Row> withText) {
        List<Row> rows = withText.orderBy(DocumentSchema.DOC_ID).limit(documents).select(
                col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(DocumentSchema.SOURCE),
                col(DocumentSchema.PUBLISHED).cast("string"), col(DocumentSchema.DATE_TEXT), col(DocumentSchema.URL),
                col(DocumentSchema.PATH),
                substring(col(DocumentSchema.CLEAN_TEXT), 1, maxChars + 1),
                slice(col(DocumentSchema.SENTENCES), lit(1), lit(MAX_SENTENCES))).collectAsList();
        List<DocumentText> texts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String> sentences = new ArrayList<>();
            int chars = 0;
            boolean cut = false;
            for (String sentence : r.<String>getList(8)) {
                if (chars + sentence.length() > maxChars) {
                    cut = true;
                    break;
                }
                sentences.add(sentence);
                chars += sentence.length() + 1;
            }
            // As many sentences as were fetched: the text may go on.
            cut |= r.getList(8).size() >= MAX_SENTENCES;
            texts.add(new DocumentText(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getString(6), null, DocumentText.paragraphs(r.getString(7), sentences), cut));
        }
        return texts;
    }
}
