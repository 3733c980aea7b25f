package org.narrativelens.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated lexicon shipped in the jar: one entry a line, {@code #} starts a comment line. */
final class TabbedResource {

    private TabbedResource() {
    }

    /** The lines of {@code resource} split at tabs, each with at least {@code minFields} fields. */
    static List<String[]> read(String resource, int minFields) {
        try (InputStream in = TabbedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is not on the classpath; rebuild the application jar");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < minFields) {
                    throw new IllegalStateException(resource + ":" + number + ": needs " + minFields + " tab-separated fields: " + line);
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
