package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a folder of text files (recursively), a single file or a glob into the {@link DocumentSchema#RAW}
 * schema: one document per file (empty files too), {@code doc_id} from the file's path below the folder
 * without its extension, the text decoded by {@link TextDecoder}. Spark packs many small files into one task, so thousands of articles cost few tasks.
 *
 * <p>HTML pages ({@code .html}, {@code .htm}) become their text by {@link HtmlText}, the page's headline
 * the document's title. A binary file or a broken gzip file is kept with a {@link DocumentSchema#READ_ERROR},
 * so it is rejected by name; a guessed character set is kept as a {@link DocumentSchema#WARNING}.
 */
public final class TextFolderReader {

    /** File names read from a folder. */
    public static final String FILE_GLOB = "*.{txt,md,text,html,htm,txt.gz,md.gz,text.gz,html.gz,htm.gz}";

    private static final Pattern HTML_FILE = Pattern.compile("(?i).*\\.html?(\\.gz)?$");

    private static final StructType DECODED = new StructType()
            .add(DocumentSchema.TEXT, DataTypes.StringType, true)
            .add(DocumentSchema.TITLE, DataTypes.StringType, true)
            .add(DocumentSchema.READ_ERROR, DataTypes.StringType, true)
            .add(DocumentSchema.WARNING, DataTypes.StringType, true);

    /** The file's text and title (HTML pages only) with any warning, or why it has no text: rejected by name, not fatal to the run. */
    static Row decode(String path, byte[] content) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(content);
            if (!HTML_FILE.matcher(path).matches()) {
                return RowFactory.create(decoded.text(), null, null, decoded.warning());
            }
            HtmlText.Page page = HtmlText.parse(decoded.text());
            return RowFactory.create(page.text(), page.title(),
                    page.text().isBlank() ? "HTML page without text (only markup, scripts or navigation)" : null, decoded.warning());
        } catch (UnreadableFileException e) {
            return RowFactory.create(null, null, e.getMessage(), null);
        }
    }

    /** Reads {@code input}; fails with an {@link org.narrativelens.InputException} when nothing is there. */
    public Dataset<Row> read(SparkSession spark, String input) {
        return read(spark, input, null);
    }

    /** Reads {@code input}, the source of each file being the first group of {@code sourceFromPath} in its path (when given). */
    public Dataset<Row> read(SparkSession spark, String input, String sourceFromPath) {
        InputFiles listed = InputFiles.of(spark, input);
        String root = listed.folder() == null ? null : listed.folder().getPath().toUri().getPath();
        List<Row> empty = emptyFiles(listed);
        // binaryFile rather than text: it keeps empty files (each must be accounted for) and leaves the
        // choice of character set to TextDecoder.
        UserDefinedFunction decode = udf((UDF2<String, byte[], Row>) TextFolderReader::decode, DECODED);
        Dataset<Row> files = spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", true)
                .option("pathGlobFilter", FILE_GLOB)
                .load(input)
                .select(col("path").as(DocumentSchema.PATH), decode.apply(col("path"), col("content")).as("decoded"))
                .select(col(DocumentSchema.PATH), col("decoded.*"));
        if (!empty.isEmpty()) {
            files = files.union(spark.createDataFrame(empty, files.schema()));
        }
        Column relative = root == null
                ? regexp_replace(col(DocumentSchema.PATH), "^.*/", "")
                : regexp_replace(col(DocumentSchema.PATH), "^.*?" + Pattern.quote(root) + "/", "");
        // "a/story.txt" and "a/story.txt.gz" are both "a/story".
        Column docId = regexp_replace(relative, "(\\.[^./]*)(\\.gz)?$", "");
        return files.select(
                docId.as(DocumentSchema.DOC_ID),
                (sourceFromPath == null ? lit(null).cast(DataTypes.StringType)
                        : nullif(regexp_extract(col(DocumentSchema.PATH), sourceFromPath, 1), lit(""))).as(DocumentSchema.SOURCE),
                col(DocumentSchema.TITLE),
                lit(null).cast(DataTypes.DateType).as(DocumentSchema.PUBLISHED),
                lit(null).cast(DataTypes.StringType).as(DocumentSchema.URL),
                col(DocumentSchema.PATH),
                col(DocumentSchema.TEXT),
                col(DocumentSchema.READ_ERROR),
                lit(null).cast(DataTypes.LongType).as(DocumentSchema.RECORD),
                col(DocumentSchema.WARNING));
    }

    /**
     * Spark's file sources skip empty files, yet every file read must be accounted for: list them here
     * (a driver-side walk of the file names, keeping only the empty ones) so they are rejected by name.
     */
    private static List<Row> emptyFiles(InputFiles files) {
        GlobFilter names = globFilter();
        List<Row> empty = new ArrayList<>();
        files.visitFiles(f -> {
            if (f.getLen() == 0 && names.accept(f.getPath())) {
                empty.add(RowFactory.create(f.getPath().toString(), "", null, null, null));
            }
            return true;
        });
        return empty;
    }

    private static GlobFilter globFilter() {
        try {
            return new GlobFilter(FILE_GLOB);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad file glob " + FILE_GLOB, e);
        }
    }
}
