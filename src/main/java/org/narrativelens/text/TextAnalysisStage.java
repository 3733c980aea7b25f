package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.corpus.SparkValues;

/**
 * Per-document step: splits a cleaned document ({@link DocumentSchema#CLEANED}) into sentences and
 * extracts its content terms with their written forms and positions, and the domains of its links and its hashtags, giving a {@link DocumentSchema#ANALYSED} row. Rejected documents get
 * empty arrays.
 */
public final class TextAnalysisStage implements DocumentStep {

    private static final long serialVersionUID = 1L;
    private static final StructType IN = DocumentSchema.CLEANED;
    static final String NO_CONTENT_WORDS = "no content words: only stopwords, punctuation or symbols";

    private final TermExtractor terms;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextAnalysisStage(TermRules rules) {
        this.terms = new TermExtractor(Objects.requireNonNull(rules, "rules"));
    }

    @Override
    public StructType outputSchema() {
        return DocumentSchema.ANALYSED;
    }

    @Override
    public Row apply(Row row) {
        List<String> sentences = new ArrayList<>();
        if (DocumentStatus.ANALYSED.value().equals(row.getString(IN.fieldIndex(DocumentSchema.STATUS)))) {
            for (SentenceSplitter.Sentence s : splitter.split(row.getString(IN.fieldIndex(DocumentSchema.CLEAN_TEXT)))) {
                sentences.add(s.text());
            }
        }
        TermExtractor.Terms extracted = terms.extract(sentences);
        Object[] values = new Object[row.size() + 6];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        if (!sentences.isEmpty() && extracted.keys().isEmpty()) {
            // Nothing to count: a document of stopwords and punctuation would only dilute the statistics.
            values[IN.fieldIndex(DocumentSchema.STATUS)] = DocumentStatus.REJECTED.value();
            values[IN.fieldIndex(DocumentSchema.REJECT_REASON)] = NO_CONTENT_WORDS;
            sentences.clear();
        }
        values[row.size()] = SparkValues.seq(sentences);
        values[row.size() + 1] = SparkValues.seq(extracted.keys());
        values[row.size() + 2] = SparkValues.seq(extracted.forms());
        values[row.size() + 3] = SparkValues.seq(extracted.positions());
        values[row.size() + 4] = SparkValues.seq(sentences.isEmpty() ? List.of() : extracted.links());
        values[row.size() + 5] = SparkValues.seq(sentences.isEmpty() ? List.of() : extracted.hashtags());
        return RowFactory.create(values);
    }
}
