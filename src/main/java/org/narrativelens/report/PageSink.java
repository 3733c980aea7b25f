package org.narrativelens.report;

import java.io.IOException;
import java.io.Writer;

/** Where the HTML writer puts its pages: a run folder, or memory in tests. */
@FunctionalInterface
public interface PageSink {

    /** A writer for the page at {@code path} below the run folder ("index.html", "docs/a.html"); the caller closes it. */
    Writer open(String path) throws IOException;
}
