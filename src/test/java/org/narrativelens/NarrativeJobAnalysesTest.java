package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A run that makes only some analyses ({@code --analyses}): their tables and nothing else, and a report without broken links. */
class NarrativeJobAnalysesTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)(?:#([^\"]*))?\"");

    @Test
    void onlyTheTopicModelIsMadeAndTheReportHoldsTogether() throws IOException {
        JobRuns.Run topicsOnly = SeedsRuns.topicsOnly();
        Path run = topicsOnly.folder();
        for (String made : List.of("topics.csv", "topic_overview.csv", "document_topics.csv", "documents.csv", "cleaning.csv", "index.html")) {
            assertTrue(Files.exists(run.resolve(made)), made);
        }
        for (String left : List.of("terms.csv", "actors.csv", "cooccurrence.csv", "statements.csv", "unknown_actors.csv", "network.gexf")) {
            assertFalse(Files.exists(run.resolve(left)), left + " is not made");
        }
        assertFalse(topicsOnly.out().contains("actors "), topicsOnly.out());
        assertEquals("topics", new ObjectMapper().readTree(run.resolve("run.json").toFile()).at("/parameters/analyses").asText());
        assertEquals(List.of(), brokenLinks(run));
    }

    /** Links between the run's pages whose file or anchor does not exist. */
    static List<String> brokenLinks(Path run) throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(run)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Matcher link = HREF.matcher(Files.readString(page));
            while (link.find()) {
                String file = link.group(1);
                if (file.contains(":")) {
                    continue;   // the report links nowhere remote; a scheme here would be a document's own text
                }
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String anchor = link.group(2);
                if (!Files.exists(target)) {
                    broken.add(run.relativize(page) + " -> " + file);
                } else if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".html")
                        && !Files.readString(target).contains("id=\"" + anchor + "\"")) {
                    broken.add(run.relativize(page) + " -> " + file + "#" + anchor);
                }
            }
        }
        return broken;
    }
}
