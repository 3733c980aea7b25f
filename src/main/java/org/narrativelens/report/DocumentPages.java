package org.narrativelens.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Where a document's page is written in the run folder: {@code docs/<safe name>.html}. */
public final class DocumentPages {

    /** The folder of the document pages, below the run folder. */
    public static final String FOLDER = "docs";
    private static final int MAX_NAME = 80;

    private DocumentPages() {
    }

    /**
     * The page's path below the run folder. An id that is a safe lower-case file name is kept as it is
     * ("000_8368004f4fb66792"); any other ("2024/a b#3", "Report") is made safe and given a short hash of
     * the id, so that two ids never share a page, on case-insensitive file systems too.
     */
    public static String file(String docId) {
        return FOLDER + "/" + safeName(docId) + ".html";
    }

    /**
     * {@code id} as a file name without extension: kept when it is already a safe lower-case name, else
     * reduced to letters, digits, '.', '_' and '-' (never starting with '.' nor holding "..", so never a parent
     * folder or a hidden file),
     * cut to a length, and given a short hash of the id so that two ids never share a name.
     */
    static String safeName(String id) {
        String safe = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_").replaceAll("\\.{2,}", ".")
                .replaceAll("^[._-]+", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME);
        }
        if (!safe.equals(id) || safe.isEmpty()) {
            safe = safe + (safe.isEmpty() ? "" : "-") + hash(id);
        }
        return safe;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
