package org.narrativelens.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: the names no dictionary entry covers ({@link UnknownActorFinder}, beside the mentions the annotation
 * found, {@link DocumentSchema#ACTOR_MENTIONS}), counted over the corpus on
 * the executors: how often each is found, in how many documents, and the first sentence (by document id)
 * naming it. Names found fewer than {@code minMentions} times are left out, and so are names of one word
 * that more than one in {@link #LOWER_CASE_SHARE} of their documents also write in lower case ("World",
 * "Party", "Commission": common words, or pieces of names the tagger cut).
 */
public final class UnknownActorStage {

    public static final String NAME = "name";
    public static final String MENTIONS = "mentions";
    public static final String DOCUMENTS = "documents";
    public static final String EXAMPLE_DOC = "example_doc";
    public static final String EXAMPLE = "example";
    /** 10: "Labour" stays (5 of its 182 BBC documents write "labour"), "League" goes (7 of 54). */
    static final int LOWER_CASE_SHARE = 10;
    private static final String LOWER_CASE_TOO = "lower_case_too";

    private static final StructType FOUND = new StructType()
            .add(NAME, DataTypes.StringType, false)
            .add(DocumentSchema.DOC_ID, DataTypes.StringType, false)
            .add(MentionSchema.SENTENCE_INDEX, DataTypes.IntegerType, false)
            .add(MentionSchema.SENTENCE, DataTypes.StringType, false)
            .add(LOWER_CASE_TOO, DataTypes.BooleanType, false);

    private final int minMentions;

    public UnknownActorStage(int minMentions) {
        this.minMentions = minMentions;
    }

    /**
     * name, mentions, documents, example_doc, example: one row per name found at least {@code minMentions} times in
     * the annotated documents ({@link DocumentSchema#ANNOTATED}).
     */
    public Dataset<Row> apply(Dataset<Row> annotated) {
        UnknownActorFinder finder = new UnknownActorFinder();
        Dataset<Row> found = annotated.select(DocumentSchema.DOC_ID, DocumentSchema.SENTENCES, DocumentSchema.ACTOR_MENTIONS)
                .flatMap((FlatMapFunction<Row, Row>) row -> names(DocumentMentions.of(row), finder), Encoders.row(FOUND));
        return found.groupBy(NAME)
                .agg(count(lit(1)).as(MENTIONS), countDistinct(col(DocumentSchema.DOC_ID)).as(DOCUMENTS),
                        countDistinct(when(col(LOWER_CASE_TOO), col(DocumentSchema.DOC_ID))).as(LOWER_CASE_TOO),
                        min(struct(col(DocumentSchema.DOC_ID), col(MentionSchema.SENTENCE_INDEX), col(MentionSchema.SENTENCE))).as("first"))
                .where(col(MENTIONS).geq(minMentions).and(col(LOWER_CASE_TOO).multiply(LOWER_CASE_SHARE).leq(col(DOCUMENTS))))
                .select(col(NAME), col(MENTIONS), col(DOCUMENTS), col("first." + DocumentSchema.DOC_ID).as(EXAMPLE_DOC),
                        col("first." + MentionSchema.SENTENCE).as(EXAMPLE));
    }

    static Iterator<Row> names(DocumentMentions document, UnknownActorFinder finder) {
        List<String> sentences = document.sentences();
        List<Row> out = new ArrayList<>();
        for (UnknownActorFinder.Candidate c : finder.find(sentences, document.mentions())) {
            out.add(RowFactory.create(c.name(), document.docId(), c.sentence(), sentences.get(c.sentence()), c.lowerCaseToo()));
        }
        return out.iterator();
    }
}
