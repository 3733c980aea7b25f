package org.narrativelens.actors;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.SparkValues;

/**
 * One annotated document as the actor analyses read it: its id, its sentences and the actors named in each,
 * from the prepared corpus's {@link DocumentSchema#ACTOR_MENTIONS} column. The layout of that column's
 * structs is known here only: the annotation writes a document's mentions with {@link #column}, the analyses
 * read them back with {@link #of}.
 *
 * <pre>{@code
 * annotated.select(DOC_ID, SENTENCES, ACTOR_MENTIONS).flatMap(row -> use(DocumentMentions.of(row)), ...)
 * }</pre>
 *
 * @param docId     the document's id
 * @param sentences its sentences, in order
 * @param mentions  the mentions of each sentence, in text order (an empty list for a sentence naming no actor)
 */
public record DocumentMentions(String docId, List<String> sentences, List<List<ActorMention>> mentions) {

    private static final int SENTENCE = DocumentSchema.MENTION.fieldIndex(DocumentSchema.MENTION_SENTENCE);
    private static final int ACTOR_ID = DocumentSchema.MENTION.fieldIndex(DocumentSchema.MENTION_ACTOR_ID);
    private static final int MATCHED = DocumentSchema.MENTION.fieldIndex(DocumentSchema.MENTION_MATCHED);
    private static final int OFFSET = DocumentSchema.MENTION.fieldIndex(DocumentSchema.MENTION_OFFSET);

    /**
     * The document of a row holding (at least) {@link DocumentSchema#DOC_ID}, {@link DocumentSchema#SENTENCES} and
     * {@link DocumentSchema#ACTOR_MENTIONS}, read by name: a row of a {@code Dataset}, selected in any order.
     */
    public static DocumentMentions of(Row row) {
        List<String> sentences = row.getList(row.fieldIndex(DocumentSchema.SENTENCES));
        List<List<ActorMention>> perSentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            perSentence.add(new ArrayList<>());
        }
        for (Row m : row.<Row>getList(row.fieldIndex(DocumentSchema.ACTOR_MENTIONS))) {
            perSentence.get(m.getInt(SENTENCE)).add(new ActorMention(m.getString(ACTOR_ID), m.getString(MATCHED), m.getInt(OFFSET)));
        }
        return new DocumentMentions(row.getString(row.fieldIndex(DocumentSchema.DOC_ID)), sentences, perSentence);
    }

    /** The {@link DocumentSchema#ACTOR_MENTIONS} value of a document whose sentences name {@code perSentence}. */
    public static scala.collection.immutable.Seq<Object> column(List<List<ActorMention>> perSentence) {
        List<Row> structs = new ArrayList<>();
        for (int i = 0; i < perSentence.size(); i++) {
            for (ActorMention m : perSentence.get(i)) {
                Object[] values = new Object[DocumentSchema.MENTION.size()];
                values[SENTENCE] = i;
                values[ACTOR_ID] = m.actorId();
                values[MATCHED] = m.matched();
                values[OFFSET] = m.offset();
                structs.add(RowFactory.create(values));
            }
        }
        return SparkValues.seq(structs);
    }
}
