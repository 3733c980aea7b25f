package org.narrativelens.corpus;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Column names and types of the one document schema that flows from the readers through every stage.
 *
 * <p>Readers produce {@link #RAW}; the cleaner adds {@link #CLEAN_TEXT} and {@link #STATUS}; the text
 * analyser adds {@link #SENTENCES}, {@link #TERMS}, {@link #TERM_FORMS}, {@link #TERM_POSITIONS}, {@link #LINKS}
 * and {@link #HASHTAGS}; the mention annotation adds {@link #ACTOR_MENTIONS}, giving {@link #ANNOTATED}, the prepared
 * corpus the analyses read. Stages refer to these constants, never to
 * string literals, so a renamed column breaks the build instead of a run.
 */
public final class DocumentSchema {

    public static final String DOC_ID = "doc_id";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    /** Publication date; null when the input does not state a full date. */
    public static final String PUBLISHED = "published";
    public static final String URL = "url";
    /** Where the document was read from (file URI). */
    public static final String PATH = "path";
    /** The text as read, before cleaning. */
    public static final String TEXT = "text";
    /** Why the reader could not read this record (a malformed JSON line, a CSV row with too many fields), or null. */
    public static final String READ_ERROR = "read_error";
    /**
     * The record's number within its file, from 1, for JSON Lines, CSV and Parquet (JSON Lines: the line
     * number when the file has no blank lines; CSV: the data row, header not counted); null for text files.
     */
    public static final String RECORD = "record";
    /**
     * What a reader of the results should know about how the document was read (its character set was
     * guessed, it was truncated ...), several joined by "; "; null when nothing. A warning rejects nothing.
     */
    public static final String WARNING = "warning";

    /** Text after cleaning: title once, then the body paragraphs separated by blank lines. */
    public static final String CLEAN_TEXT = "clean_text";
    /** The date as the text writes it ("June 19" when it gives no year), or null. */
    public static final String DATE_TEXT = "date_text";
    /** Lines and fragments the cleaner removed: array of struct(rule, text). */
    public static final String REMOVED = "removed";
    public static final String REMOVED_RULE = "rule";
    public static final String REMOVED_TEXT = "text";
    /** {@link DocumentStatus} name: analysed or rejected. */
    public static final String STATUS = "status";
    /** Why a document was rejected; null when analysed. */
    public static final String REJECT_REASON = "reject_reason";

    /** Sentences of the cleaned text, in order, original case. */
    public static final String SENTENCES = "sentences";
    /**
     * Content terms (stopwords and numbers removed) used for term statistics and topics, as keys: lower case,
     * lemma or stem ({@code --normalise}). The text analyser gives single words; once phrases are found,
     * later stages read this column with each phrase ("peace talks") as one term.
     */
    public static final String TERMS = "terms";
    /** The written form of each of the text analyser's {@link #TERMS}: lower case, acronyms as written ("US"). */
    public static final String TERM_FORMS = "term_forms";
    /**
     * The position of each of the text analyser's {@link #TERMS} among the document's tokens, one more at
     * punctuation and between sentences: two terms are adjacent in a sentence when their positions differ by one.
     */
    public static final String TERM_POSITIONS = "term_positions";
    /** The domain each link of the document points to, in text order: "rt.com" for "https://www.rt.com/news/1". */
    public static final String LINKS = "links";
    /** The document's hashtags, lower case with their "#", in text order. */
    public static final String HASHTAGS = "hashtags";

    /**
     * The dictionary's actors named in the document, found once when the corpus is prepared: one
     * {@link #MENTION} per mention, in sentence then text order, entries outside their validity dates left
     * out for a dated document and surnames alone resolved within it. Empty for a rejected document.
     */
    public static final String ACTOR_MENTIONS = "actor_mentions";
    /** In an {@link #ACTOR_MENTIONS} struct: the index of the mention's sentence in {@link #SENTENCES}, from 0. */
    public static final String MENTION_SENTENCE = "sentence";
    /** In an {@link #ACTOR_MENTIONS} struct: the actor's dictionary id. */
    public static final String MENTION_ACTOR_ID = "actor_id";
    /** In an {@link #ACTOR_MENTIONS} struct: the alias as written ("Kiev", "U.S."). */
    public static final String MENTION_MATCHED = "matched";
    /** In an {@link #ACTOR_MENTIONS} struct: the character offset of the match in its sentence. */
    public static final String MENTION_OFFSET = "offset";

    /** One element of {@link #ACTOR_MENTIONS}. */
    public static final StructType MENTION = new StructType()
            .add(MENTION_SENTENCE, DataTypes.IntegerType, false)
            .add(MENTION_ACTOR_ID, DataTypes.StringType, false)
            .add(MENTION_MATCHED, DataTypes.StringType, false)
            .add(MENTION_OFFSET, DataTypes.IntegerType, false);

    /** The schema every reader returns. */
    public static final StructType RAW = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(SOURCE, DataTypes.StringType, true)
            .add(TITLE, DataTypes.StringType, true)
            .add(PUBLISHED, DataTypes.DateType, true)
            .add(URL, DataTypes.StringType, true)
            .add(PATH, DataTypes.StringType, true)
            .add(TEXT, DataTypes.StringType, true)
            .add(READ_ERROR, DataTypes.StringType, true)
            .add(RECORD, DataTypes.LongType, true)
            .add(WARNING, DataTypes.StringType, true);

    /** {@link #RAW} plus the cleaner's columns. */
    public static final StructType CLEANED = RAW
            .add(CLEAN_TEXT, DataTypes.StringType, true)
            .add(DATE_TEXT, DataTypes.StringType, true)
            .add(REMOVED, DataTypes.createArrayType(new StructType()
                    .add(REMOVED_RULE, DataTypes.StringType, false)
                    .add(REMOVED_TEXT, DataTypes.StringType, false), false), false)
            .add(STATUS, DataTypes.StringType, false)
            .add(REJECT_REASON, DataTypes.StringType, true);

    /** {@link #CLEANED} plus the text analyser's columns. */
    public static final StructType ANALYSED = CLEANED
            .add(SENTENCES, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(TERM_FORMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(TERM_POSITIONS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add(LINKS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(HASHTAGS, DataTypes.createArrayType(DataTypes.StringType, false), false);

    /** {@link #ANALYSED} plus the mention annotation's {@link #ACTOR_MENTIONS}: the prepared corpus. */
    public static final StructType ANNOTATED = ANALYSED
            .add(ACTOR_MENTIONS, DataTypes.createArrayType(MENTION, false), false);

    private DocumentSchema() {
    }
}
