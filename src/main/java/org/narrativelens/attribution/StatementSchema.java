package org.narrativelens.attribution;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Columns of the statements dataset: one row per attributed statement ({@link Statement}). */
public final class StatementSchema {

    public static final String DOC_ID = org.narrativelens.corpus.DocumentSchema.DOC_ID;
    /** Index of the sentence in its document, from 0. */
    public static final String SENTENCE_INDEX = "sentence_index";
    public static final String SENTENCE = "sentence";
    /** Dictionary id of the speaker; null when unresolved. */
    public static final String SPEAKER_ID = "speaker_id";
    public static final String SPEAKER_TEXT = "speaker_text";
    public static final String VERB = "verb";
    /** {@link Cue#label()}. */
    public static final String CUE = "cue";
    /** {@link Statement.Kind#label()}. */
    public static final String KIND = "kind";
    public static final String CLAIM = "claim";
    /** Dictionary ids of the actors named in the claim. */
    public static final String TARGETS = "targets";

    public static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(SENTENCE_INDEX, DataTypes.IntegerType, false)
            .add(SENTENCE, DataTypes.StringType, false)
            .add(SPEAKER_ID, DataTypes.StringType, true)
            .add(SPEAKER_TEXT, DataTypes.StringType, false)
            .add(VERB, DataTypes.StringType, false)
            .add(CUE, DataTypes.StringType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(CLAIM, DataTypes.StringType, false)
            .add(TARGETS, DataTypes.createArrayType(DataTypes.StringType, false), false);

    private StatementSchema() {
    }
}
