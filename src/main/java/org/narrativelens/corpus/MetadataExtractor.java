package org.narrativelens.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrativelens.config.DateOrder;

/**
 * Reads a document's date and outlet from the lines the cleaner removed as datelines. An image credit
 * ("© Sputnik", "Photo: Reuters") names who took or sells the picture, not who published the article: it
 * gives no outlet.
 * A date without a year ("MOSCOW, June 19. /TASS/.") is kept as written but gives no publication
 * date: a year is never guessed.
 *
 * <pre>{@code
 * "8 Jun, 2023 12:05"         -> 2023-06-08
 * "07/04/2022"                -> 2022-07-04 (MDY) or 2022-04-07 (DMY)
 * "MOSCOW, June 19. /TASS/."  -> no date, date text "June 19", outlet "TASS"
 * "Lavrov. © Sputnik"         -> no outlet (an image credit)
 * }</pre>
 */
public final class MetadataExtractor implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern WIRE_AGENCY = Pattern.compile("/([A-Z][A-Za-z-]{1,15})/");

    private final DateOrder dateOrder;

    public MetadataExtractor(DateOrder dateOrder) {
        this.dateOrder = java.util.Objects.requireNonNull(dateOrder, "dateOrder");
    }

    public TextMetadata extract(List<CleanedText.RemovedText> removed) {
        LocalDate published = null;
        String dateText = null;
        String outlet = null;
        for (CleanedText.RemovedText r : removed) {
            if (r.rule() == CleaningRule.DATELINE) {
                if (dateText == null) {
                    DateMatch date = date(r.text());
                    if (date != null) {
                        published = date.date();
                        dateText = date.text();
                    }
                }
                Matcher agency = WIRE_AGENCY.matcher(r.text());
                if (outlet == null && agency.find()) {
                    outlet = agency.group(1);
                }
            }
        }
        return new TextMetadata(published, dateText, outlet);
    }

    private record DateMatch(LocalDate date, String text) {
    }

    private DateMatch date(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return new DateMatch(of(m.group(3), month(m.group(2)), m.group(1)), line.substring(m.start()).strip());
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return new DateMatch(of(m.group(3), month(m.group(1)), m.group(2)), m.group());
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            String month = dateOrder == DateOrder.MDY ? m.group(1) : m.group(2);
            String day = dateOrder == DateOrder.MDY ? m.group(2) : m.group(1);
            return new DateMatch(of(m.group(3), Integer.parseInt(month), day), m.group());
        }
        m = MONTH_DAY.matcher(line);
        if (m.find()) {
            return new DateMatch(null, m.group());
        }
        return null;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The date, or null when the numbers make none (31/02/2022). */
    private static LocalDate of(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
