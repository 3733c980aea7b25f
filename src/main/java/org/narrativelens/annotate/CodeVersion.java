package org.narrativelens.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the code and word lists that build the prepared corpus (reading, cleaning, de-duplication,
 * annotation), so that a cached corpus is rebuilt whenever that code changes, not only with a release number.
 * From a jar it hashes the names, CRCs and sizes of those entries (read from the jar's directory, no class is
 * loaded); from a classes folder (tests, an IDE) the files' contents.
 */
public final class CodeVersion {

    /** Bumped by hand when the cache's own layout changes; the hash covers everything else. */
    static final int LAYOUT = 1;

    /** Packages and resource folders whose code or data decide what the prepared corpus holds. */
    static final List<String> CORPUS = List.of(
            "org/narrativelens/corpus/", "org/narrativelens/text/", "org/narrativelens/annotate/",
            "org/narrativelens/actors/", "org/narrativelens/config/", "org/narrativelens/AnalysisPipeline",
            "text/", "actors/");
    /** All of the application's code and word lists: what any analysis's result may depend on. */
    static final List<String> ALL = List.of("org/narrativelens/", "text/", "actors/", "attribution/");

    private static final java.util.Map<List<String>, String> CURRENT = new java.util.concurrent.ConcurrentHashMap<>();

    private CodeVersion() {
    }

    /** The version of the code this JVM runs that prepares the corpus, computed once. */
    public static String current() {
        return current(CORPUS);
    }

    /** The version of the code this JVM runs below {@code prefixes}, computed once. */
    static String current(List<String> prefixes) {
        return CURRENT.computeIfAbsent(prefixes, p -> {
            try {
                return of(Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI()), p);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the application's code: " + e.getMessage(), e);
            }
        });
    }

    /** The version of the code in {@code location} that prepares the corpus. */
    static String of(Path location) {
        return of(location, CORPUS);
    }

    /** The version of the code in {@code location} (a jar or a folder of classes and resources) below {@code prefixes}. */
    static String of(Path location, List<String> prefixes) {
        TreeMap<String, String> entries = new TreeMap<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = location.relativize(file).toString().replace('\\', '/');
                        if (covered(name, prefixes)) {
                            entries.put(name, HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (!entry.isDirectory() && covered(entry.getName(), prefixes)) {
                            entries.put(entry.getName(), Long.toHexString(entry.getCrc()) + ":" + entry.getSize());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's code at " + location, e);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no code of the prepared corpus found in " + location);
        }
        StringBuilder all = new StringBuilder("layout " + LAYOUT + "\n");
        entries.forEach((name, hash) -> all.append(name).append(' ').append(hash).append('\n'));
        return HexFormat.of().formatHex(sha256(all.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static boolean covered(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
