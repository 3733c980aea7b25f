package org.narrativelens.corpus;

import java.util.List;

/** Converts Java values to the forms Spark's row encoders accept. */
public final class SparkValues {

    private SparkValues() {
    }

    /** A Java list as the Scala sequence an array column needs. */
    public static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>copyOf(list)).toList();
    }
}
