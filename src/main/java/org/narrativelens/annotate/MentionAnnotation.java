package org.narrativelens.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMatcher;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.actors.DocumentMentions;
import org.narrativelens.actors.SurnameResolver;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStep;

/**
 * Per-document step, the one place the actor dictionary is matched against the text: finds its actors in every
 * sentence of an analysed document ({@link DocumentSchema#ANALYSED}) and adds them as
 * {@link DocumentSchema#ACTOR_MENTIONS}, giving a {@link DocumentSchema#ANNOTATED} row. Entries outside their
 * validity dates are left out for a dated document, and a surname alone is resolved within its document
 * ({@link SurnameResolver}). The actor, attribution and unknown-actor analyses read the column
 * ({@link DocumentMentions}) and match nothing again. A rejected document has no sentences, so no mention.
 *
 * <pre>{@code
 * DocumentStep.run(raw, List.of(cleaning, new TextAnalysisStage(rules), new MentionAnnotation(dictionary)))
 * }</pre>
 */
public final class MentionAnnotation implements DocumentStep {

    private static final long serialVersionUID = 1L;
    private static final StructType IN = DocumentSchema.ANALYSED;

    private final SentenceMatcher matcher;
    private final SurnameResolver surnames;

    public MentionAnnotation(ActorDictionary dictionary) {
        this(new ActorMatcher(Objects.requireNonNull(dictionary, "dictionary"))::find, new SurnameResolver(dictionary));
    }

    /** {@code matcher} finds one sentence's mentions: an {@link ActorMatcher}'s, or a test's wrapper counting the calls. */
    MentionAnnotation(SentenceMatcher matcher, SurnameResolver surnames) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.surnames = Objects.requireNonNull(surnames, "surnames");
    }

    @Override
    public StructType outputSchema() {
        return DocumentSchema.ANNOTATED;
    }

    @Override
    public Row apply(Row row) {
        int published = IN.fieldIndex(DocumentSchema.PUBLISHED);
        List<List<ActorMention>> mentions = inDocument(row.getList(IN.fieldIndex(DocumentSchema.SENTENCES)),
                row.isNullAt(published) ? null : row.getDate(published).toLocalDate());
        Object[] values = new Object[row.size() + 1];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        values[row.size()] = DocumentMentions.column(mentions);
        return RowFactory.create(values);
    }

    /** The actor mentions of each of one document's {@code sentences}, published on {@code date} (may be null), surnames resolved. */
    public List<List<ActorMention>> inDocument(List<String> sentences, LocalDate date) {
        List<List<ActorMention>> found = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            found.add(matcher.find(sentence, date));
        }
        // Surnames alone are resolved against the whole document: "Patrushev" after "Nikolay Patrushev".
        return surnames.resolve(sentences, found);
    }

    /** Finds the actor mentions of one sentence of a document published on {@code date} (null: undated). */
    @FunctionalInterface
    interface SentenceMatcher extends java.io.Serializable {
        List<ActorMention> find(String sentence, LocalDate date);
    }
}
