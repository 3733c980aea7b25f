package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

/** Small analysed corpora for tests: each text one document ("d0", "d1" ...), split and extracted as the job does. */
public final class AnalysedCorpus {

    private AnalysedCorpus() {
    }

    public static Dataset<Row> of(TermRules rules, String... texts) {
        SentenceSplitter splitter = new SentenceSplitter();
        TermExtractor extractor = new TermExtractor(rules);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            List<String> sentences = splitter.split(texts[i]).stream().map(SentenceSplitter.Sentence::text).toList();
            TermExtractor.Terms terms = extractor.extract(sentences);
            rows.add(AnalysedRow.of("d" + i)
                    .set(DocumentSchema.SENTENCES, sentences)
                    .set(DocumentSchema.TERMS, terms.keys())
                    .set(DocumentSchema.TERM_FORMS, terms.forms())
                    .set(DocumentSchema.TERM_POSITIONS, terms.positions())
                    .row());
        }
        return SparkTestSession.get().createDataFrame(rows, DocumentSchema.ANALYSED);
    }

    public static Dataset<Row> of(String... texts) {
        return of(TermRules.english(), texts);
    }
}
