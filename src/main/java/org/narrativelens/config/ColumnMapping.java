package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which columns of structured input (JSON Lines, CSV, Parquet) hold each field of a document. Only the
 * text column must exist; a missing optional column leaves its field empty.
 *
 * @param text   the article text
 * @param title  the headline
 * @param date   the publication date (ISO: 2024-05-07, optionally with a time)
 * @param source the outlet
 * @param id     a document id; without it the id is the file name and record number
 * @param url    the article's address
 */
public record ColumnMapping(String text, String title, String date, String source, String id, String url) {

    public static final ColumnMapping DEFAULT = new ColumnMapping("text", "title", "date", "source", "id", "url");

    public ColumnMapping {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
    }

    /** The columns by option name, for the run manifest. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text-col", text);
        m.put("title-col", title);
        m.put("date-col", date);
        m.put("source-col", source);
        m.put("id-col", id);
        m.put("url-col", url);
        return m;
    }
}
