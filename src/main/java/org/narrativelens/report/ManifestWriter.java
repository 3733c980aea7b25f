package org.narrativelens.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link RunSummary} as the run's {@code run.json} manifest. */
public final class ManifestWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(RunSummary summary, Writer out) throws IOException {
        mapper.writeValue(out, summary);
    }
}
