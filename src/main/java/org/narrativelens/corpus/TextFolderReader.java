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
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.config.JobParameters;

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
    static Row decode(String path, byte[] content, int maxBytes) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(content, maxBytes);
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
        return read(spark, input, null, JobParameters.DEFAULT_MAX_DOC_CHARS);
    }

    /**
     * Reads {@code input}, the source of each file being the first group of {@code sourceFromPath} in its path
     * (when given). Of a file larger than {@link #maxBytes} for {@code maxDocChars} only that many bytes are
     * read, with a warning, so one huge file cannot exhaust the memory.
     */
    public Dataset<Row> read(SparkSession spark, String input, String sourceFromPath, int maxDocChars) {
        InputFiles listed = InputFiles.of(spark, input);
        String root = listed.folder() == null ? null : listed.folder().getPath().toUri().getPath();
        int limit = maxBytes(maxDocChars);
        List<Row> empty = new ArrayList<>();
        List<String> oversize = new ArrayList<>();
        listSpecialFiles(listed, limit, empty, oversize);
        // binaryFile rather than text: it keeps empty files (each must be accounted for) and leaves the
        // choice of character set to TextDecoder. Its filter on length skips big files unread.
        UserDefinedFunction decode = udf((UDF2<String, byte[], Row>) (path, content) -> decode(path, content, limit), DECODED);
        Dataset<Row> files = spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", true)
                .option("pathGlobFilter", FILE_GLOB)
                .load(input)
                .where(col("length").leq(limit))
                .select(col("path").as(DocumentSchema.PATH), decode.apply(col("path"), col("content")).as("decoded"))
                .select(col(DocumentSchema.PATH), col("decoded.*"));
        if (!empty.isEmpty()) {
            files = files.union(spark.createDataFrame(empty, files.schema()));
        }
        if (!oversize.isEmpty()) {
            StructType schema = files.schema();
            files = files.union(spark.createDataset(oversize, Encoders.STRING())
                    .map((MapFunction<String, Row>) line -> readPrefix(line, limit, maxDocChars), Encoders.row(schema)));
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

    /** Bytes read of a file at most: enough for {@code maxDocChars} characters of UTF-8 (up to 4 bytes each) and a mark. */
    static int maxBytes(int maxDocChars) {
        return (int) Math.min(Integer.MAX_VALUE - 8, 4L * maxDocChars + 4);
    }

    /**
     * One driver-side walk of the file names, keeping the files Spark's file source does not read whole:
     * empty ones (it skips them, yet each must be accounted for, so they are rejected by name) and those
     * over {@code limit} bytes (read in part by {@link #readPrefix}). "path|length" for the latter.
     */
    private static void listSpecialFiles(InputFiles files, int limit, List<Row> empty, List<String> oversize) {
        GlobFilter names = globFilter();
        files.visitFiles(f -> {
            if (names.accept(f.getPath())) {
                if (f.getLen() == 0) {
                    empty.add(RowFactory.create(f.getPath().toString(), "", null, null, null));
                } else if (f.getLen() > limit) {
                    oversize.add(f.getLen() + "|" + f.getPath().toString());
                }
            }
            return true;
        });
    }

    /** The first {@code limit} bytes of a big file ("length|path") decoded, with a warning saying so. */
    static Row readPrefix(String lengthAndPath, int limit, int maxDocChars) {
        int bar = lengthAndPath.indexOf('|');
        long length = Long.parseLong(lengthAndPath.substring(0, bar));
        String path = lengthAndPath.substring(bar + 1);
        byte[] prefix;
        try {
            prefix = FilePrefix.read(path, limit);
        } catch (java.io.IOException e) {
            return RowFactory.create(path, null, null, "cannot be read: " + e.getMessage(), null);
        }
        Row decoded = decode(path, prefix, limit);
        String cut = "file of " + length + " bytes on disk: only its first " + prefix.length + " bytes read (--max-doc-chars "
                + maxDocChars + ")";
        String warning = decoded.isNullAt(3) ? cut : cut + "; " + decoded.getString(3);
        return RowFactory.create(path, decoded.get(0), decoded.get(1), decoded.get(2), warning);
    }

    private static GlobFilter globFilter() {
        try {
            return new GlobFilter(FILE_GLOB);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad file glob " + FILE_GLOB, e);
        }
    }
}
