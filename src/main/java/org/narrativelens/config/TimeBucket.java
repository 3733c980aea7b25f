package org.narrativelens.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The span of time by which dated documents are grouped into periods ({@code --time-bucket}). A period is
 * named by a label that sorts in time order: {@code 2023-06-08} (day), {@code 2023-W23} (ISO week, which
 * starts on a Monday and belongs to the year of its Thursday), {@code 2023-06} (month), {@code 2023} (year).
 *
 * <pre>{@code
 * TimeBucket.WEEK.label(LocalDate.of(2023, 6, 8));   // "2023-W23"
 * TimeBucket.WEEK.start("2023-W23");                 // 2023-06-05, the Monday
 * }</pre>
 */
public enum TimeBucket {

    DAY("2023-06-08", Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    WEEK("2023-W23", Pattern.compile("(\\d{4})-W(\\d{2})")),
    MONTH("2023-06", Pattern.compile("\\d{4}-\\d{2}")),
    YEAR("2023", Pattern.compile("\\d{4}"));

    private final String example;
    private final Pattern label;

    TimeBucket(String example, Pattern label) {
        this.example = example;
        this.label = label;
    }

    /** The label of the period holding {@code date}. */
    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    /** The first day of the period named {@code periodLabel}; throws IllegalArgumentException for another form. */
    public LocalDate start(String periodLabel) {
        if (!isLabel(periodLabel)) {
            throw new IllegalArgumentException("'" + periodLabel + "' is not a " + name().toLowerCase(Locale.ROOT)
                    + " period like " + example);
        }
        try {
            return switch (this) {
                case DAY -> LocalDate.parse(periodLabel);
                case WEEK -> {
                    var m = label.matcher(periodLabel);
                    m.matches();
                    // The 4th of January is always in week 1 of its week-based year.
                    LocalDate week1 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    int week = Integer.parseInt(m.group(2));
                    LocalDate start = week1.plusWeeks(week - 1L);
                    if (week < 1 || start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
                        throw new IllegalArgumentException("'" + periodLabel + "': its year has no week " + week);
                    }
                    yield start;
                }
                case MONTH -> LocalDate.parse(periodLabel + "-01");
                case YEAR -> LocalDate.of(Integer.parseInt(periodLabel), 1, 1);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + periodLabel + "' is not a date: " + e.getMessage(), e);
        }
    }

    /** True when {@code text} has the form of this bucket's labels (the date itself is not checked). */
    public boolean isLabel(String text) {
        return text != null && label.matcher(text).matches();
    }

    /** A label of this bucket, for messages. */
    public String example() {
        return example;
    }
}
