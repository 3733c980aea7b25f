package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DuplicateFinder;
import org.narrativelens.report.CorpusProfile;
import org.narrativelens.report.CorpusProfile.SourceCount;

class CorpusProfileQueryTest {

    private static final StructType DROPPED = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType, false)
            .add(DuplicateFinder.KEPT_ID, DataTypes.StringType, false)
            .add(DuplicateFinder.SIMILARITY, DataTypes.DoubleType, false)
            .add(DuplicateFinder.KIND, DataTypes.StringType, false)
            .add(DuplicateFinder.TERMS, DataTypes.IntegerType, false);

    private static Row doc(String id, String source, String published) {
        return doc(id, source, published, DocumentStatus.ANALYSED);
    }

    private static Row doc(String id, String source, String published, DocumentStatus status) {
        return AnalysedRow.of(id).set(DocumentSchema.SOURCE, source)
                .set(DocumentSchema.PUBLISHED, published == null ? null : Date.valueOf(published))
                .set(DocumentSchema.STATUS, status.value()).row();
    }

    private static Dataset<Row> corpus(List<Row> rows) {
        return SparkTestSession.get().createDataFrame(rows, DocumentSchema.ANALYSED);
    }

    private static Dataset<Row> dropped(Row... rows) {
        return SparkTestSession.get().createDataFrame(List.of(rows), DROPPED);
    }

    /** The first document by id is neither the earliest nor the latest, so a profile of the first rows would be wrong. */
    private static final List<Row> MIXED = List.of(
            doc("a", "TASS", "2023-06-08"),
            doc("b", "RT", "2022-07-04"),
            doc("c", "RT", null),
            doc("d", "RT", "2021-01-01", DocumentStatus.REJECTED),
            doc("e", "RT", "2024-01-01"),
            doc("f", " ", "2023-01-01"),
            doc("g", null, "2023-02-02"));

    private static final Row[] DUPLICATES = {
            RowFactory.create("e", "b", 1.0, DuplicateFinder.EXACT, 10),
            RowFactory.create("g", "a", 0.9, DuplicateFinder.NEAR, 10)};

    @Test
    void duplicatesLeftOutAndRejectedDocumentsAreNeitherDatedNorSources() {
        CorpusProfile p = new CorpusProfileQuery().profile(corpus(MIXED), dropped(DUPLICATES), true);
        assertEquals(new CorpusProfile(3, "2022-07-04", "2023-06-08", 2, 1,
                List.of(new SourceCount("RT", 2, 1, 1), new SourceCount("TASS", 1, 0, 0)),
                Map.of(DuplicateFinder.EXACT, 1L, DuplicateFinder.NEAR, 1L)), p);
    }

    @Test
    void keptDuplicatesCountAsAnalysed() {
        CorpusProfile p = new CorpusProfileQuery().profile(corpus(MIXED), dropped(DUPLICATES), false);
        assertEquals(new CorpusProfile(5, "2022-07-04", "2024-01-01", 2, 2,
                List.of(new SourceCount("RT", 3, 0, 1), new SourceCount("TASS", 1, 0, 0)), Map.of()), p);
    }

    @Test
    void everySourceIsCountedAndTheLargestListedMostFirstThenByName() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(doc(String.format("s%02d", i), String.format("source %02d", 11 - i), null));
        }
        rows.add(doc("z1", "big", null));
        rows.add(doc("z2", "big", null));
        CorpusProfile p = new CorpusProfileQuery().profile(corpus(rows), dropped(), true);
        assertEquals(13, p.sources());
        assertEquals(0, p.dated());
        assertEquals(null, p.firstPublished());
        List<String> expected = new ArrayList<>(List.of("big"));
        for (int i = 0; i < CorpusProfile.LARGEST_SOURCES - 1; i++) {
            expected.add(String.format("source %02d", i));
        }
        assertEquals(expected, p.largestSources().stream().map(SourceCount::source).toList());
        assertEquals(2, p.largestSources().get(0).analysed());
    }

    @Test
    void anEmptyCorpusHasAnEmptyProfile() {
        assertEquals(new CorpusProfile(0, null, null, 0, 0, List.of(), Map.of()),
                new CorpusProfileQuery().profile(corpus(List.of()), dropped(), true));
    }
}
