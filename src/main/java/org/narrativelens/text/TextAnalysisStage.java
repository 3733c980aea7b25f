package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.SparkValues;

/**
 * Spark stage: splits each cleaned document into sentences and extracts its content terms, adding the
 * columns of {@link DocumentSchema#ANALYSED}. Rejected documents get empty arrays.
 */
public final class TextAnalysisStage {

    private final TermExtractor terms;

    public TextAnalysisStage(WordList stopwords) {
        this.terms = new TermExtractor(Objects.requireNonNull(stopwords, "stopwords"));
    }

    public Dataset<Row> apply(Dataset<Row> cleaned) {
        TermExtractor extractor = terms;
        SentenceSplitter splitter = new SentenceSplitter();
        return cleaned.map((MapFunction<Row, Row>) row -> analyse(row, splitter, extractor),
                Encoders.row(DocumentSchema.ANALYSED));
    }

    static Row analyse(Row row, SentenceSplitter splitter, TermExtractor extractor) {
        List<String> sentences = new ArrayList<>();
        String status = row.getAs(DocumentSchema.CLEANED.fieldIndex(DocumentSchema.STATUS));
        if (org.narrativelens.corpus.DocumentStatus.ANALYSED.value().equals(status)) {
            for (SentenceSplitter.Sentence s : splitter.split(row.getAs(DocumentSchema.CLEANED.fieldIndex(DocumentSchema.CLEAN_TEXT)))) {
                sentences.add(s.text());
            }
        }
        Object[] values = new Object[row.size() + 2];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        values[row.size()] = SparkValues.seq(sentences);
        values[row.size() + 1] = SparkValues.seq(extractor.terms(sentences));
        return RowFactory.create(values);
    }
}
