package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void filesAppearOnlyWhenPublished(@TempDir Path out) throws Exception {
        try (RunFolder folder = RunFolder.open(out, "run-a")) {
            Files.writeString(folder.file("terms.csv"), "term\n");
            assertFalse(Files.exists(out.resolve("run-a")));
            folder.publish();
        }
        assertEquals("term\n", Files.readString(out.resolve("run-a/terms.csv")));
        assertEquals(List.of(out.resolve("run-a")), list(out));
    }

    @Test
    void aFailedRunLeavesNothing(@TempDir Path out) throws Exception {
        try (RunFolder folder = RunFolder.open(out, "run-b")) {
            Files.writeString(folder.file("terms.csv"), "term\n");
        }
        assertTrue(list(out).isEmpty());
    }

    @Test
    void anExistingRunIsNeverWrittenInto(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("run-c"));
        Files.writeString(out.resolve("run-c/mine.txt"), "keep");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> RunFolder.open(out, "run-c"));
        assertTrue(e.getMessage().contains("choose another --run-name"));
        assertEquals("keep", Files.readString(out.resolve("run-c/mine.txt")));
    }

    @Test
    void outMustNotBeAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> RunFolder.open(file, "run"));
    }
}
