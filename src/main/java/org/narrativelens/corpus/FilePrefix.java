package org.narrativelens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The first bytes of a file too large to hold whole as one document (a site saved as one page): read up
 * to a limit, gunzipped first when gzipped, and cut where a character ends, so that a document's memory
 * stays bounded by {@code --max-doc-chars} whatever the file's size.
 */
final class FilePrefix {

    private FilePrefix() {
    }

    /** Up to {@code limit} bytes of the file's content (gunzipped for {@code .gz}), cut at a character. */
    static byte[] read(String path, int limit) throws IOException {
        Path file = new Path(path);
        FileSystem fs = file.getFileSystem(new Configuration());
        try (InputStream raw = fs.open(file);
             InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return atCharacter(in.readNBytes(limit));
        }
    }

    /**
     * {@code bytes} without a character cut in two at its end: UTF-16 (by its byte-order mark) to an even
     * length, otherwise without a trailing incomplete UTF-8 sequence. Other single-byte encodings are cut
     * anywhere anyway.
     */
    static byte[] atCharacter(byte[] bytes) {
        boolean utf16 = BinaryDetector.startsWith(bytes, 0xFF, 0xFE) || BinaryDetector.startsWith(bytes, 0xFE, 0xFF);
        if (utf16) {
            return bytes.length % 2 == 0 ? bytes : Arrays.copyOf(bytes, bytes.length - 1);
        }
        // Look back at most 3 bytes for the lead byte of the last sequence; drop it if it is incomplete.
        for (int i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;  // a continuation byte
            }
            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return i + length > bytes.length ? Arrays.copyOf(bytes, i) : bytes;
        }
        return bytes;
    }
}
