package org.narrativelens.terms;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.narrativelens.config.TimeBucket;

/**
 * The Spark expression of a date's period label, the same label {@link TimeBucket#label} gives in Java:
 * {@code 2023-06-08}, {@code 2023-W23}, {@code 2023-06} or {@code 2023}; null for a null date.
 */
public final class PeriodColumn {

    private PeriodColumn() {
    }

    /** The label of the {@code bucket} period holding {@code date} (a date column). */
    public static Column of(TimeBucket bucket, Column date) {
        return switch (bucket) {
            case DAY -> date_format(date, "yyyy-MM-dd");
            // Spark's date patterns have no week-based year; an ISO week belongs to the year of its Thursday.
            case WEEK -> concat(year(date_add(date, lit(3).minus(dayOfIsoWeek(date)))).cast("string"), lit("-W"),
                    lpad(weekofyear(date).cast("string"), 2, "0"));
            case MONTH -> date_format(date, "yyyy-MM");
            case YEAR -> date_format(date, "yyyy");
        };
    }

    /** 0 for Monday ... 6 for Sunday (Spark's dayofweek counts from Sunday = 1). */
    private static Column dayOfIsoWeek(Column date) {
        return pmod(dayofweek(date).plus(5), lit(7));
    }
}
