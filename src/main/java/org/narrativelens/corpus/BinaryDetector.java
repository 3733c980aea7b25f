package org.narrativelens.corpus;

/**
 * Tells a binary file (a PDF, an image, an archive renamed {@code .txt}) from text, so that it is
 * rejected by name instead of decoded into garbage that reaches the tables.
 *
 * <p>Known formats are named by their first bytes; anything else is binary when it holds a NUL byte (no
 * text encoding but UTF-16, handled before this, writes one) or more than one byte in twenty is a control
 * character other than tab, line feed, form feed or carriage return.
 */
final class BinaryDetector {

    private static final int MAX_CONTROL_PER_MILLE = 50;

    private record Signature(int[] prefix, String name) {
        static Signature of(String name, int... prefix) {
            return new Signature(prefix, name);
        }
    }

    private static final Signature[] SIGNATURES = {
        Signature.of("a PDF document", '%', 'P', 'D', 'F', '-'),
        Signature.of("a PNG image", 0x89, 'P', 'N', 'G'),
        Signature.of("a JPEG image", 0xFF, 0xD8, 0xFF),
        Signature.of("a GIF image", 'G', 'I', 'F', '8'),
        Signature.of("a ZIP archive (or a Word, Excel or EPUB file)", 'P', 'K', 0x03, 0x04),
        Signature.of("an old Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0),
    };

    private BinaryDetector() {
    }

    /** Why {@code bytes} are not text ("a PDF document", "it contains NUL bytes"), or null when they are text. */
    static String whyBinary(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.prefix())) {
                return s.name();
            }
        }
        long control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                return "it contains NUL bytes";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) {
                control++;
            }
        }
        if (control * 1000 > (long) bytes.length * MAX_CONTROL_PER_MILLE) {
            return (control * 100 / bytes.length) + "% of its bytes are control characters";
        }
        return null;
    }

    /** Whether {@code bytes} begin with the unsigned byte values {@code prefix} (a magic number, a byte-order mark). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
