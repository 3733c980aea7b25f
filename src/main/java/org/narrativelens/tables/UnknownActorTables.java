package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.UnknownActorStage;
import org.narrativelens.report.Table;

/** The unknown actors table: names the dictionary misses, most widespread first, as a to-do list for it. */
public final class UnknownActorTables {

    /** Names listed. */
    static final int NAMES = 200;
    /** A name found once is more likely a tagging accident than an actor worth adding. */
    static final int MIN_MENTIONS = 2;

    /** The table of the names found in the annotated documents of {@code usable}. */
    public Table build(Dataset<Row> usable) {
        Dataset<Row> names = new UnknownActorStage(MIN_MENTIONS).apply(usable).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Table.Builder table = Table.builder("unknown_actors", "Unknown actors",
                            "Names (runs of proper nouns, OpenNLP part-of-speech tags) that no entry of the actor dictionary covers, found at least "
                                    + MIN_MENTIONS + " times, the most widespread first: candidates for --extra-actors. Titles (President, Mr), "
                                    + "days and months are left out; headlines in title case or capitals are not searched.")
                    .column("name", "the name as written")
                    .barColumn("mentions", "times found")
                    .column("documents", "documents naming it")
                    .column("example_doc", "document of the example")
                    .column("example", "the first sentence naming it (by document id)")
                    .totalRows(names.count());
            List<Row> top = names.orderBy(col(UnknownActorStage.DOCUMENTS).desc(), col(UnknownActorStage.MENTIONS).desc(),
                    col(UnknownActorStage.NAME)).limit(NAMES).collectAsList();
            for (Row r : top) {
                table.row(r.getString(0), r.getLong(1), r.getLong(2), r.getString(3), r.getString(4));
            }
            return table.build();
        } finally {
            names.unpersist();
        }
    }
}
