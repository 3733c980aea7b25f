package org.narrativelens.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder, written out of sight and published whole: files go to a hidden temporary
 * folder beside the final one, which is renamed into place only when complete. An existing run folder
 * is never written into.
 */
public final class RunFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private RunFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Opens a staging folder for run {@code runName} under {@code outDir}; fails if the run exists. */
    public static RunFolder open(Path outDir, String runName) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new FileAlreadyExistsException(outDir + " is a file, not a folder: point --out at a folder");
        }
        Files.createDirectories(outDir);
        Path target = outDir.resolve(runName);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " already exists: choose another --run-name");
        }
        Path staging = Files.createTempDirectory(outDir, "." + runName + ".incomplete-");
        return new RunFolder(target, staging);
    }

    /** Where to write a file of the run while it is being written. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The folder the run will have once published. */
    public Path target() {
        return target;
    }

    /** Renames the staging folder to the run folder. */
    public Path publish() throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        published = true;
        return target;
    }

    /**
     * Keeps file {@code name} of a run that failed, beside where the run would have been, as
     * {@code <run>.failed.log} ({@code <run>.failed-2.log} ... when that exists), before the staging folder
     * is removed; returns where it is, or null when the run wrote no such file.
     */
    public Path keepFailed(String name) throws IOException {
        Path file = staging.resolve(name);
        if (published || !Files.exists(file)) {
            return null;
        }
        Path kept = target.resolveSibling(target.getFileName() + ".failed.log");
        for (int n = 2; Files.exists(kept); n++) {
            kept = target.resolveSibling(target.getFileName() + ".failed-" + n + ".log");
        }
        return Files.move(file, kept);
    }

    /** Removes the staging folder of a run that failed before it was published. */
    @Override
    public void close() throws IOException {
        if (!published && Files.exists(staging)) {
            try (Stream<Path> paths = Files.walk(staging)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
