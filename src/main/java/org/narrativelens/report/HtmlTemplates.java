package org.narrativelens.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/** The HTML templates of the report, loaded from the classpath with auto-escaping always on. */
final class HtmlTemplates {

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader(HtmlTemplates.class.getClassLoader()))
            .autoEscaping(true)
            .strictVariables(true)
            .newLineTrimming(true)
            .build();

    private HtmlTemplates() {
    }

    /** The template at {@code path} below the classpath root, e.g. "templates/report.peb". */
    static PebbleTemplate load(String path) {
        return ENGINE.getTemplate(path);
    }
}
