package org.narrativelens.actors;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.SentenceSplitter;

/**
 * Spark stage: one {@link MentionSchema} row per actor mention of the annotated documents
 * ({@link DocumentSchema#ANNOTATED}), with its sentence and paragraph. The mentions are read from
 * {@link DocumentSchema#ACTOR_MENTIONS}, found once when the corpus was prepared, not matched again.
 */
public final class ActorMentionStage {

    public Dataset<Row> apply(Dataset<Row> annotated) {
        return annotated.select(DocumentSchema.DOC_ID, DocumentSchema.SENTENCES, DocumentSchema.ACTOR_MENTIONS, DocumentSchema.CLEAN_TEXT)
                .flatMap((FlatMapFunction<Row, Row>) ActorMentionStage::mentions, Encoders.row(MentionSchema.SCHEMA));
    }

    static Iterator<Row> mentions(Row row) {
        DocumentMentions document = DocumentMentions.of(row);
        List<String> sentences = document.sentences();
        int text = row.fieldIndex(DocumentSchema.CLEAN_TEXT);
        int[] paragraphs = SentenceSplitter.paragraphs(row.isNullAt(text) ? null : row.getString(text), sentences);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (ActorMention m : document.mentions().get(i)) {
                out.add(RowFactory.create(document.docId(), i, sentences.get(i), m.actorId(), m.matched(), m.offset(), paragraphs[i]));
            }
        }
        return out.iterator();
    }
}
