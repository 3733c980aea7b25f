package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: the {@link Concordance} of a few words over every sentence of the analysed documents, one row
 * per occurrence ({@link #SCHEMA}), and its first lines per word with the number of all of them.
 */
public final class ConcordanceStage {

    public static final String TERM = "term";
    public static final String SENTENCE = "sentence";
    public static final String POSITION = "position";
    public static final String LEFT = "left";
    public static final String KEYWORD = "keyword";
    public static final String RIGHT = "right";
    /** The line's number among the occurrences of its word, by document, sentence and position. */
    public static final String LINE = "line";
    /** Occurrences of the line's term in the whole corpus. */
    public static final String OCCURRENCES = "occurrences";

    /** One occurrence: the word looked for, where it is (document, its period, sentence, token), and its context. */
    public static final StructType SCHEMA = new StructType()
            .add(TERM, DataTypes.StringType, false)
            .add(DocumentSchema.DOC_ID, DataTypes.StringType, false)
            .add(TermStatisticsStage.PERIOD, DataTypes.StringType, true)
            .add(SENTENCE, DataTypes.IntegerType, false)
            .add(POSITION, DataTypes.IntegerType, false)
            .add(LEFT, DataTypes.StringType, false)
            .add(KEYWORD, DataTypes.StringType, false)
            .add(RIGHT, DataTypes.StringType, false);

    private final Concordance concordance;

    public ConcordanceStage(List<String> terms) {
        this.concordance = new Concordance(terms);
    }

    /** Every occurrence of the words in the sentences of {@code analysed}, dated documents in {@code bucket} periods. */
    public Dataset<Row> occurrences(Dataset<Row> analysed, TimeBucket bucket) {
        Concordance kwic = concordance;
        return analysed.select(col(DocumentSchema.DOC_ID), PeriodColumn.of(bucket, col(DocumentSchema.PUBLISHED)),
                        col(DocumentSchema.SENTENCES))
                .flatMap((FlatMapFunction<Row, Row>) row -> lines(row, kwic), Encoders.row(SCHEMA));
    }

    /**
     * The first {@code perTerm} of the {@code occurrences} of each word (by document id, sentence and position):
     * term, doc_id, sentence, left, keyword, right, {@link #OCCURRENCES} (the number of all occurrences of its word)
     * and {@link #LINE} (its number among them, from 1), in no order.
     */
    public Dataset<Row> firstLines(Dataset<Row> occurrences, int perTerm) {
        return occurrences
                .withColumn(LINE, row_number().over(Window.partitionBy(TERM)
                        .orderBy(DocumentSchema.DOC_ID, SENTENCE, POSITION)))
                .withColumn(OCCURRENCES, count(lit(1)).over(Window.partitionBy(TERM)))
                .where(col(LINE).leq(perTerm))
                .select(TERM, DocumentSchema.DOC_ID, SENTENCE, LEFT, KEYWORD, RIGHT, OCCURRENCES, LINE);
    }

    /** Occurrences of each word in each period: term, period, count; undated documents left out. */
    public static Dataset<Row> countsByPeriod(Dataset<Row> occurrences) {
        return occurrences.where(col(TermStatisticsStage.PERIOD).isNotNull())
                .groupBy(TERM, TermStatisticsStage.PERIOD).agg(count(lit(1)));
    }

    private static Iterator<Row> lines(Row row, Concordance kwic) {
        String docId = row.getString(0);
        String period = row.getString(1);
        List<Row> out = new ArrayList<>();
        for (Concordance.Line l : kwic.lines(row.getList(2))) {
            out.add(RowFactory.create(l.term(), docId, period, l.sentence(), l.position(), l.left(), l.keyword(), l.right()));
        }
        return out.iterator();
    }
}
