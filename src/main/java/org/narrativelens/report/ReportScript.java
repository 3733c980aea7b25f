package org.narrativelens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one script of the report pages (sorting and filtering of tables), with the Content-Security-Policy
 * source that allows exactly it: its SHA-256 hash. No other inline script, event handler or remote script
 * runs, whatever text the documents hold.
 */
public final class ReportScript {

    private static final String RESOURCE = "templates/report.js";
    private static final String TEXT = load();
    private static final String HASH_SOURCE = "'sha256-" + sha256(TEXT) + "'";

    private ReportScript() {
    }

    /** The script, placed verbatim between {@code <script>} and {@code </script>}. */
    public static String text() {
        return TEXT;
    }

    /** The CSP source allowing the script: {@code 'sha256-<base64>'}. */
    public static String cspSource() {
        return HASH_SOURCE;
    }

    /** The Content-Security-Policy of a report page: nothing remote, inline styles, data: images, this script. */
    public static String policy() {
        return "default-src 'none'; script-src " + HASH_SOURCE + "; style-src 'unsafe-inline'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static String load() {
        try (InputStream in = ReportScript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("report script missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
