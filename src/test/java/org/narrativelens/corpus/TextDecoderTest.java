package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals("Kyiv – “peace”", TextDecoder.decode("Kyiv – “peace”".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Kyiv", TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Kyiv".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16WithBom() {
        assertEquals("Kyiv", TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kyiv".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("Kyiv", TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Kyiv".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        assertEquals("café – “x”", TextDecoder.decode("café – “x”".getBytes(Charset.forName("windows-1252"))));
        assertEquals("Zürich", TextDecoder.decode("Zürich".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void gzippedTextIsUnpacked() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("Kyiv – peace".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Kyiv – peace", TextDecoder.decode(bytes.toByteArray()));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> TextDecoder.decode(new byte[] {0x1F, (byte) 0x8B, 1, 2, 3}));
    }

    @Test
    void emptyAndNull() {
        assertEquals("", TextDecoder.decode(new byte[0]));
        assertNull(TextDecoder.decode(null));
    }
}
