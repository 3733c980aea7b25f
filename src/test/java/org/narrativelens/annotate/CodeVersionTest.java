package org.narrativelens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeVersionTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve("classes").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void changesWithTheCodeThatPreparesTheCorpusOnly() throws IOException {
        file("org/narrativelens/corpus/TextCleaner.class", "v1");
        file("text/stopwords-en.txt", "the\na");
        file("org/narrativelens/report/OverviewView.class", "v1");
        String before = CodeVersion.of(dir.resolve("classes"));
        assertEquals(before, CodeVersion.of(dir.resolve("classes")), "the same code, the same version");
        file("org/narrativelens/report/OverviewView.class", "v2");
        assertEquals(before, CodeVersion.of(dir.resolve("classes")), "the report does not prepare the corpus");
        file("text/stopwords-en.txt", "the\na\nan");
        String afterWords = CodeVersion.of(dir.resolve("classes"));
        assertNotEquals(before, afterWords, "a word list does");
        file("org/narrativelens/corpus/TextCleaner.class", "v2");
        assertNotEquals(afterWords, CodeVersion.of(dir.resolve("classes")), "the cleaner does");
    }

    @Test
    void readsAJarByItsEntries() throws IOException {
        String v1 = jarWith("a.jar", "v1");
        assertEquals(v1, jarWith("b.jar", "v1"), "the same entries, the same version");
        assertNotEquals(v1, jarWith("c.jar", "v2"));
    }

    private String jarWith(String name, String content) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("org/narrativelens/text/Tokenizer.class"));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return CodeVersion.of(jar);
    }

    @Test
    void codeWithoutThePreparingPackagesIsRefused() throws IOException {
        file("org/narrativelens/report/OverviewView.class", "v1");
        assertThrows(IllegalStateException.class, () -> CodeVersion.of(dir.resolve("classes")));
    }

    @Test
    void theRunningCodeHasAVersion() {
        assertEquals(16, CodeVersion.current().length());
    }
}
