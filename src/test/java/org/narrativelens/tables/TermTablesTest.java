package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrativelens.InputException;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.Comparison;
import org.narrativelens.config.TermOptions;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

class TermTablesTest {

    private static Dataset<Row> docs;
    private static Map<String, Table> plain;
    private static Map<String, Table> asked;

    /**
     * RT: 2 documents, 100 terms, "sanctions" 12 times; TASS: 2 documents (one undated), 105 terms, "peace" 12 times;
     * one document without a source. June: 200 terms, July: 55.
     */
    @BeforeAll
    static void corpus() {
        docs = SparkTestSession.get().createDataFrame(List.of(
                doc("rt1", "RT", "2023-06-08", List.of("Sanctions hurt, said RT."), terms("sanctions", 10, "war", 40)),
                doc("rt2", "RT", "2023-07-02", List.of("More sanctions."), terms("sanctions", 2, "war", 48)),
                doc("tass", "TASS", "2023-06-20", List.of("Peace, peace."), terms("peace", 12, "war", 88)),
                doc("undated", "TASS", null, List.of("Nothing."), terms("war", 5)),
                doc("nosource", null, "2023-07-30", List.of("Peace at last."), terms("peace", 1, "war", 4))), DocumentSchema.ANALYSED);
        plain = build(TermOptions.DEFAULT);
        asked = build(new TermOptions(TimeBucket.MONTH, Comparison.parse("source=RT,TASS"), List.of("peace", "sanctions hurt")));
    }

    private static Map<String, Table> build(TermOptions options) {
        return new TermTables(3, options).build(docs, 5, 310).stream().collect(Collectors.toMap(Table::name, Function.identity()));
    }

    @Test
    void termsBySourceAndPeriodWithRatesOfTheirGroup() {
        Map<String, Table> tables = plain;
        assertEquals(List.of("document_terms", "term_trends", "terms", "terms_by_period", "terms_by_source"),
                tables.keySet().stream().sorted().toList());
        assertEquals(List.of("document_terms", "keyness", "kwic", "term_trends", "terms", "terms_by_period", "terms_by_source"),
                asked.keySet().stream().sorted().toList());
        Table bySource = tables.get("terms_by_source");
        // RT has 100 terms: sanctions 12 times is 1,200 per 10,000.
        assertEquals(List.of("RT", 2, "sanctions", 12L, 1200.0, 2L), bySource.rows().get(1));
        assertEquals(List.of("TASS", 1, "war", 93L, 8857.14, 2L), bySource.rows().get(2));
        assertTrue(bySource.description().contains("4 of the 5 documents have a source; the other 1 is left out."),
                bySource.description());
        Table byPeriod = tables.get("terms_by_period");
        assertEquals(List.of("2023-06", "2023-06", "2023-06", "2023-07", "2023-07", "2023-07"),
                byPeriod.rows().stream().map(r -> r.get(0)).toList());
        assertTrue(byPeriod.description().contains("4 of the 5 documents have a date"), byPeriod.description());
    }

    @Test
    void trendsFollowTheTopTermsOrTheKwicWords() {
        Table top = plain.get("term_trends");
        // Top terms: war (185), peace (13), sanctions (12); two months each; peace in July: 1 of 55 terms.
        assertEquals(List.of("war", "war", "peace", "peace", "sanctions", "sanctions"), top.rows().stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("2023-07", "2023-07-01", "peace", 1L, 181.82, 2L), top.rows().get(3));
        assertEquals("period_start", top.chart().xColumn());
        Table trend = asked.get("term_trends");
        assertEquals(List.of("peace 2023-06 2", "peace 2023-07 1", "sanctions hurt 2023-06 1", "sanctions hurt 2023-07 0"),
                trend.rows().stream().map(r -> r.get(2) + " " + r.get(0) + " " + r.get(3)).toList());
        Table lines = asked.get("kwic");
        assertEquals(4, lines.totalRows());
        assertTrue(lines.description().contains("peace 3, sanctions hurt 1"), lines.description());
    }

    @Test
    void keynessOfTwoSourcesAndOfOneAgainstTheRest() {
        Table keyness = asked.get("keyness");
        // sanctions 12 of 100 against 0 of 105, peace 0 against 12: both well above G2 = 6.63.
        assertEquals(List.of("sanctions RT", "peace TASS"), keyness.rows().stream().map(r -> r.get(0) + " " + r.get(1)).toList());
        assertEquals(List.of(12L, 0L, 1200.0, 0.0), keyness.rows().get(0).subList(2, 6));
        assertTrue(keyness.description().contains("(A: 2 documents, 100 terms) against source TASS (B: 2 documents, 105 terms)"),
                keyness.description());
        Table rest = build(new TermOptions(TimeBucket.MONTH, Comparison.parse("period=2023-06"), List.of())).get("keyness");
        assertTrue(rest.description().contains("against the rest (every other document with a period) (B: 2 documents, 55 terms)"),
                rest.description());
    }

    @Test
    void aGroupNoDocumentHasIsAnErrorNamingTheGroupsThatExist() {
        InputException e = assertThrows(InputException.class,
                () -> build(new TermOptions(TimeBucket.MONTH, Comparison.parse("source=RT,Sputnik"), List.of())));
        assertEquals("--compare source=RT,Sputnik: no analysed document has source 'Sputnik'; source values: RT (2 documents),"
                + " TASS (2 documents)", e.getMessage());
        e = assertThrows(InputException.class,
                () -> build(new TermOptions(TimeBucket.YEAR, Comparison.parse("period=2023"), List.of())));
        assertTrue(e.getMessage().contains("there is no rest to compare with"), e.getMessage());
    }

    @Test
    void linkedDomainsAndHashtagsMostFirstBoundedToTopN() {
        Dataset<Row> linked = SparkTestSession.get().createDataFrame(List.of(
                web("a", List.of("rt.com", "rt.com", "rt.com", "tass.ru", "bbc.co.uk"), List.of("#ukraine", "#peace")),
                web("b", List.of("tass.ru"), List.of("#ukraine")),
                web("c", List.of("tass.ru"), List.of())), DocumentSchema.ANALYSED);
        Map<String, Table> tables = new TermTables(2, TermOptions.DEFAULT).build(linked, 3, 3).stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));
        assertEquals(List.of(List.of("rt.com", 3L, 1L), List.of("tass.ru", 3L, 3L)), tables.get("links").rows(),
                "ties by domain; bbc.co.uk is beyond the top 2");
        assertEquals(List.of(List.of("#ukraine", 2L, 2L), List.of("#peace", 1L, 1L)), tables.get("hashtags").rows());
    }

    private static Row web(String id, List<String> links, List<String> hashtags) {
        return AnalysedRow.of(id).set(DocumentSchema.SENTENCES, List.of("War.")).set(DocumentSchema.TERMS, List.of("war"))
                .set(DocumentSchema.LINKS, links).set(DocumentSchema.HASHTAGS, hashtags).row();
    }

    private static Row doc(String id, String source, String date, List<String> sentences, List<String> terms) {
        return AnalysedRow.of(id).set(DocumentSchema.SOURCE, source)
                .set(DocumentSchema.PUBLISHED, date == null ? null : java.sql.Date.valueOf(date))
                .set(DocumentSchema.SENTENCES, sentences).set(DocumentSchema.TERMS, terms).row();
    }

    private static List<String> terms(Object... wordsAndCounts) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < wordsAndCounts.length; i += 2) {
            terms.addAll(Collections.nCopies((Integer) wordsAndCounts[i + 1], (String) wordsAndCounts[i]));
        }
        return terms;
    }
}
