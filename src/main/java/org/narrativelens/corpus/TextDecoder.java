package org.narrativelens.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes the bytes of a text file, gunzipping it first if it is gzipped: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8
 * when the bytes are valid UTF-8, and Windows-1252 (a superset of Latin-1 for text) when they are not,
 * so "café" saved by an old Windows editor still reads as "café". That guess is reported as a warning,
 * as a wrong guess garbles letters; a binary file ({@link BinaryDetector}) is refused.
 */
public final class TextDecoder {

    /** The warning of a file decoded as Windows-1252. */
    public static final String NOT_UTF8 = "not valid UTF-8; decoded as Windows-1252";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * A file's text, with a warning when its character set was guessed.
     *
     * @param text    the text, without a byte-order mark
     * @param warning {@link #NOT_UTF8}, or null
     */
    public record Decoded(String text, String warning) {
    }

    /** The text of {@code bytes}; an {@link UnreadableFileException} for a broken gzip stream or a binary file. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, Integer.MAX_VALUE - 8);
    }

    /**
     * The text of {@code bytes}, of which a gzipped file gives at most {@code maxBytes} once unpacked (cut at a
     * character), so that a small file that unpacks to gigabytes cannot exhaust the memory.
     */
    public static Decoded decode(byte[] bytes, int maxBytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (BinaryDetector.startsWith(bytes, 0x1F, 0x8B)) {
            return decode(FilePrefix.atCharacter(gunzip(bytes, maxBytes)), maxBytes);
        }
        // UTF-16 text is half NUL bytes: decoded before the binary check.
        if (BinaryDetector.startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (BinaryDetector.startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        String binary = BinaryDetector.whyBinary(bytes);
        if (binary != null) {
            throw new UnreadableFileException("binary file, not text: " + binary);
        }
        if (BinaryDetector.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), NOT_UTF8);
        }
    }

    /** The content of a gzipped file ({@code .txt.gz}); a broken stream is an unreadable file. */
    private static byte[] gunzip(byte[] bytes, int maxBytes) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readNBytes(maxBytes);
        } catch (java.io.IOException e) {
            throw new UnreadableFileException("not a readable gzip file: " + e.getMessage(), e);
        }
    }
}
