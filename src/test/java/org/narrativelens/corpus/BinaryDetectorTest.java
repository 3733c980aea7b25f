package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryDetectorTest {

    @Test
    void textInAnyEightBitEncodingIsText() {
        assertNull(BinaryDetector.whyBinary("Kyiv – “peace”\r\n\tindented\f".getBytes(StandardCharsets.UTF_8)));
        assertNull(BinaryDetector.whyBinary("café – “x”".getBytes(Charset.forName("windows-1252"))), "0x80-0x9F are letters there");
        assertNull(BinaryDetector.whyBinary(("An old DOS file ending in Ctrl-Z, long enough to be text." + (char) 0x1A)
                .getBytes(StandardCharsets.US_ASCII)));
        assertNull(BinaryDetector.whyBinary(new byte[0]));
    }

    @Test
    void knownFormatsAreNamed() {
        assertEquals("a PDF document", BinaryDetector.whyBinary("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("a JPEG image", BinaryDetector.whyBinary(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("a GIF image", BinaryDetector.whyBinary("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(BinaryDetector.whyBinary(new byte[] {'P', 'K', 3, 4, 20}).startsWith("a ZIP archive"));
    }

    @Test
    void nulBytesOrManyControlCharactersAreBinary() {
        assertEquals("it contains NUL bytes", BinaryDetector.whyBinary(new byte[] {'t', 'e', 'x', 't', 0}));
        assertEquals("50% of its bytes are control characters", BinaryDetector.whyBinary(new byte[] {'a', 1, 'b', 2}));
    }

    @Test
    void startsWithComparesUnsignedBytes() {
        assertTrue(BinaryDetector.startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}, 0xEF, 0xBB, 0xBF));
        assertEquals(false, BinaryDetector.startsWith(new byte[] {(byte) 0xEF}, 0xEF, 0xBB));
    }
}
