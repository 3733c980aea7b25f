package org.narrativelens.actors;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Columns of the actor-mentions dataset: one row per actor named in a sentence. */
public final class MentionSchema {

    public static final String DOC_ID = org.narrativelens.corpus.DocumentSchema.DOC_ID;
    /** Index of the sentence in its document, from 0. */
    public static final String SENTENCE_INDEX = "sentence_index";
    public static final String SENTENCE = "sentence";
    /** Index of the sentence's paragraph in its document, from 0 (paragraphs are separated by blank lines). */
    public static final String PARAGRAPH_INDEX = "paragraph_index";
    public static final String ACTOR_ID = org.narrativelens.corpus.DocumentSchema.MENTION_ACTOR_ID;
    /** The alias as written in the text. */
    public static final String MATCHED = org.narrativelens.corpus.DocumentSchema.MENTION_MATCHED;
    /** Character offset of the match in its sentence. */
    public static final String OFFSET = org.narrativelens.corpus.DocumentSchema.MENTION_OFFSET;

    public static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(SENTENCE_INDEX, DataTypes.IntegerType, false)
            .add(SENTENCE, DataTypes.StringType, false)
            .add(ACTOR_ID, DataTypes.StringType, false)
            .add(MATCHED, DataTypes.StringType, false)
            .add(OFFSET, DataTypes.IntegerType, false)
            .add(PARAGRAPH_INDEX, DataTypes.IntegerType, false);

    private MentionSchema() {
    }
}
