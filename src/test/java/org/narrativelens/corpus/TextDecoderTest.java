package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String text(byte[] bytes) {
        return TextDecoder.decode(bytes).text();
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals("Kyiv – “peace”", text("Kyiv – “peace”".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Kyiv", text(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Kyiv".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16WithBom() {
        assertEquals("Kyiv", text(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kyiv".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("Kyiv", text(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Kyiv".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        assertEquals("café – “x”", text("café – “x”".getBytes(Charset.forName("windows-1252"))));
        assertEquals("Zürich", text("Zürich".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void gzippedTextIsUnpacked() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("Kyiv – peace".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Kyiv – peace", text(bytes.toByteArray()));
        assertEquals("not a readable gzip file: Unexpected end of ZLIB input stream", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3})).getMessage());
    }

    @Test
    void emptyText() {
        assertEquals(new TextDecoder.Decoded("", null), TextDecoder.decode(new byte[0]));
    }

    @Test
    void onlyAGuessedCharacterSetIsWarnedAbout() {
        assertNull(TextDecoder.decode("Kyiv – “peace”".getBytes(StandardCharsets.UTF_8)).warning());
        assertNull(TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "K".getBytes(StandardCharsets.UTF_8))).warning());
        assertNull(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kyiv".getBytes(StandardCharsets.UTF_16LE))).warning());
        assertEquals(new TextDecoder.Decoded("Zürich", "not valid UTF-8; decoded as Windows-1252"),
                TextDecoder.decode("Zürich".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void byteOrderMarkLeavesNoCharacterBehind() {
        String text = text(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Kyiv talks".getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, text.indexOf('\uFEFF'));
        assertEquals("Kyiv talks", text);
    }

    @Test
    void binaryContentIsRefusedWithTheReason() {
        assertEquals("binary file, not text: a PDF document", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode("%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))).getMessage());
        assertEquals("binary file, not text: it contains NUL bytes", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[] {'a', 'b', 0, 'c'})).getMessage());
        byte[] control = new byte[100];
        java.util.Arrays.fill(control, (byte) 'x');
        for (int i = 0; i < 30; i++) {
            control[i * 3] = 0x01;
        }
        assertEquals("binary file, not text: 30% of its bytes are control characters", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(control)).getMessage());
    }

    @Test
    void gzippedBinaryIsRefusedToo() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        }
        assertEquals("binary file, not text: a PNG image",
                assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(bytes.toByteArray())).getMessage());
    }

    @Test
    void aGzipThatUnpacksToMuchIsReadOnlyToTheLimit() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write("Talks resume. ".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Talks resume. ".repeat(100).substring(0, 1000), TextDecoder.decode(packed.toByteArray(), 1000).text());
    }
}
