package org.narrativelens.corpus;

import java.io.IOException;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.InputException;

/**
 * The paths an {@code --input} names (a file, a folder or a glob, on any Hadoop file system), listed on
 * the driver by name only: nothing of their content is read here.
 */
final class InputFiles {

    private final String input;
    private final FileSystem fs;
    private final FileStatus[] matches;

    private InputFiles(String input, FileSystem fs, FileStatus[] matches) {
        this.input = input;
        this.fs = fs;
        this.matches = matches;
    }

    /** The matches of {@code input}; an {@link InputException} when there are none. */
    static InputFiles of(SparkSession spark, String input) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new InputException("input '" + input + "' does not exist: check --input (a file, folder or glob)");
            }
            return new InputFiles(input, fs, matches);
        } catch (IOException e) {
            throw cannotList(input, e);
        }
    }

    /** The single folder the input names, or null when it names a file or a glob. */
    FileStatus folder() {
        return matches.length == 1 && matches[0].isDirectory() ? matches[0] : null;
    }

    /** Visits every file below the matches, recursively, until {@code visitor} returns false. */
    void visitFiles(Predicate<FileStatus> visitor) {
        try {
            java.util.ArrayDeque<FileStatus> pending = new java.util.ArrayDeque<>(java.util.List.of(matches));
            while (!pending.isEmpty()) {
                FileStatus next = pending.pop();
                if (next.isDirectory()) {
                    // listStatus, not listFiles: on a local disk the located statuses of listFiles ask for
                    // each file's permissions, which Hadoop does by running a shell command per file.
                    for (FileStatus child : fs.listStatus(next.getPath())) {
                        pending.push(child);
                    }
                } else if (!visitor.test(next)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw cannotList(input, e);
        }
    }

    private static InputException cannotList(String input, IOException e) {
        return new InputException("input '" + input + "' cannot be listed: " + e.getMessage(), e);
    }
}
