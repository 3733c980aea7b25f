package org.narrativelens.corpus;

import java.io.IOException;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
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
    void visitFiles(Predicate<LocatedFileStatus> visitor) {
        try {
            for (FileStatus match : matches) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                while (files.hasNext()) {
                    if (!visitor.test(files.next())) {
                        return;
                    }
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
