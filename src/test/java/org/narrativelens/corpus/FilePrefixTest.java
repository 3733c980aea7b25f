package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePrefixTest {

    @Test
    void aUtf8CharacterCutInTwoIsDropped() {
        byte[] text = "Kiev’s".getBytes(StandardCharsets.UTF_8);  // ’ is 3 bytes: E2 80 99
        assertEquals("Kiev", new String(FilePrefix.atCharacter(Arrays.copyOf(text, 5)), StandardCharsets.UTF_8));
        assertEquals("Kiev", new String(FilePrefix.atCharacter(Arrays.copyOf(text, 6)), StandardCharsets.UTF_8));
        assertEquals("Kiev’", new String(FilePrefix.atCharacter(Arrays.copyOf(text, 7)), StandardCharsets.UTF_8));
        assertArrayEquals(text, FilePrefix.atCharacter(text), "a whole text is kept whole");
    }

    @Test
    void utf16IsCutToWholeCodeUnits() {
        byte[] text = "\uFEFFTalks".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(10, FilePrefix.atCharacter(Arrays.copyOf(text, 11)).length, "an odd length loses its last byte");
    }

    @Test
    void readsOnlyTheFirstBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "The talks went on. ".repeat(1000));
        byte[] prefix = FilePrefix.read(file.toUri().toString(), 100);
        assertEquals("The talks went on. ".repeat(6).substring(0, 100), new String(prefix, StandardCharsets.UTF_8));
    }
}
