package org.narrativelens.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The raw texts of a benchmark corpus, streamed in one pass without Spark: a folder of {@code .txt} files
 * (recursively, in path order) or a JSON Lines file, gzipped when its name ends in {@code .gz}, whose
 * records' {@code text} field is the text. Bytes are decoded as UTF-8, malformed ones replaced; records
 * without a textual {@code text} and blank lines are passed over.
 *
 * <pre>long bytes = new RawCorpus().read(Path.of("seeds"), text -> ...);</pre>
 * The constructor loads the JSON parser's classes (it reads one record), so that a timing that starts after
 * it measures reading rather than class loading from Spark's long class path. Every error is an {@link IOException} whose message begins with the file it concerns (and the line, for
 * a record that is not JSON).
 */
final class RawCorpus {

    private final ObjectMapper json = new ObjectMapper();

    RawCorpus() {
        try {
            json.readTree("{\"text\": \"\"}");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson cannot read a constant record", e);
        }
    }

    /** Hands every text of {@code corpus} to {@code sink}; returns the bytes read as stored (a gzip compressed). */
    long read(Path corpus, Consumer<String> sink) throws IOException {
        if (Files.isDirectory(corpus)) {
            return readFolder(corpus, sink);
        }
        if (!Files.isRegularFile(corpus)) {
            throw new IOException(corpus + ": no such file or folder");
        }
        return readJsonLines(corpus, sink);
    }

    private long readFolder(Path folder, Consumer<String> sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw failure(folder, e.getCause());
        }
        long bytes = 0;
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw failure(file, e);
            }
            bytes += content.length;
            sink.accept(new String(content, StandardCharsets.UTF_8));
        }
        return bytes;
    }

    private long readJsonLines(Path file, Consumer<String> sink) throws IOException {
        long lineNumber = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode text = json.readTree(line).get("text");
                if (text != null && text.isTextual()) {
                    sink.accept(text.textValue());
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": line " + lineNumber + " is not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw failure(file, e);
        }
        return Files.size(file);
    }

    private static IOException failure(Path file, IOException cause) {
        String reason = cause instanceof NoSuchFileException ? "no such file" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new IOException(file + ": " + reason, cause);
    }
}
