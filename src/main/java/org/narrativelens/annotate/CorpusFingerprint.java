package org.narrativelens.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.InputException;
import org.narrativelens.config.JobParameters;
import org.narrativelens.config.OptionScope;
import org.narrativelens.corpus.CorpusReader;

/**
 * The key of a prepared corpus: everything that decides what it holds. The input files (path, size,
 * modification time), the files named by options (actor dictionaries, stopwords), every option that is not
 * {@link OptionScope#ANALYSIS_ONLY analysis-only}, the code that builds it ({@link CodeVersion}) and Spark's
 * version. Two runs with the same fingerprint would prepare the same corpus.
 */
public final class CorpusFingerprint {

    private CorpusFingerprint() {
    }

    /** The fingerprint of the corpus {@code params} would prepare, from a listing of the input (nothing is read). */
    public static String of(SparkSession spark, JobParameters params) {
        List<String> lines = new ArrayList<>();
        lines.add("code " + CodeVersion.current());
        lines.add("spark " + spark.version());
        Map<String, Object> options = OptionScope.corpusDefining(params.asMap());
        options.forEach((name, value) -> lines.add("option " + name + "=" + value));
        lines.addAll(CorpusReader.fileSignatures(spark, params.input()));
        for (String named : new String[] {params.actors(), params.extraActors(), params.language().stopwords()}) {
            if (named != null) {
                lines.add(signature(spark, named));
            }
        }
        return of(lines);
    }

    /** The fingerprint of these description lines: 20 hex digits of their SHA-256. */
    static String of(List<String> lines) {
        byte[] digest = CodeVersion.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 20);
    }

    private static String signature(SparkSession spark, String file) {
        Path path = new Path(file);
        try {
            FileStatus status = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(path);
            return "file " + status.getPath() + "\t" + status.getLen() + "\t" + status.getModificationTime();
        } catch (java.io.FileNotFoundException e) {
            throw new InputException("'" + file + "' does not exist: check the option that names it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of " + file, e);
        }
    }
}
