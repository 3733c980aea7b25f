package org.narrativelens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.actors.DocumentMentions;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;

class MentionAnnotationTest {

    private static final ActorDictionary DICTIONARY = dictionary(String.join("\n",
            "id,label,type,affiliation,aliases,case_sensitive,valid_from,valid_to",
            "russia,Russia,state,,Moscow|Kremlin,false,,",
            "soviet_union,Soviet Union,state,,USSR,false,1922-12-30,1991-12-26",
            "nikolai_patrushev,Nikolai Patrushev,person,russia,Patrushev,false,,",
            "dmitry_patrushev,Dmitry Patrushev,person,russia,,false,,"));

    private static ActorDictionary dictionary(String csv) {
        try {
            return new ActorDictionaryReader().read(new StringReader(csv), "test.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private final MentionAnnotation annotation = new MentionAnnotation(DICTIONARY);

    /** The step's row for an analysed document of these sentences, read back through the column. */
    private List<String> annotated(String published, String... sentences) {
        Row row = annotation.apply(AnalysedRow.of("d").set(DocumentSchema.SENTENCES, List.of(sentences))
                .set(DocumentSchema.PUBLISHED, published == null ? null : java.sql.Date.valueOf(published)).row());
        assertEquals(DocumentSchema.ANNOTATED.size(), row.size());
        Row withSchema = new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(
                scala.jdk.javaapi.CollectionConverters.asJava(row.toSeq()).toArray(), DocumentSchema.ANNOTATED);
        return DocumentMentions.of(withSchema).mentions().stream()
                .map(s -> s.stream().map(m -> m.actorId() + " " + m.matched() + "@" + m.offset()).toList().toString()).toList();
    }

    @Test
    void eachSentenceGetsItsMentionsInTextOrder() {
        assertEquals(List.of("[russia Moscow@0, russia Kremlin@11]", "[]", "[russia Russia@5]"),
                annotated(null, "Moscow and Kremlin.", "Nothing here.", "Then Russia."));
    }

    @Test
    void entriesAreMatchedOnlyWithinTheirValidityDatesWhenTheDocumentIsDated() {
        assertEquals(List.of("[]"), annotated("2023-06-08", "The USSR fell."));
        assertEquals(List.of("[soviet_union USSR@4]"), annotated("1985-03-11", "The USSR fell."));
        assertEquals(List.of("[soviet_union USSR@4]"), annotated(null, "The USSR fell."), "undated: every entry");
    }

    @Test
    void aSurnameAloneIsResolvedWithinItsDocument() {
        // Two people are called Patrushev: the surname names the one the document names in full.
        assertEquals(List.of("[dmitry_patrushev Dmitry Patrushev@0]", "[dmitry_patrushev Patrushev@0]"),
                annotated(null, "Dmitry Patrushev spoke.", "Patrushev said more."));
        // Named in full nowhere: the dictionary's choice (the alias is Nikolai's) stands.
        assertEquals(List.of(List.of(new ActorMention("nikolai_patrushev", "Patrushev", 0))),
                annotation.inDocument(List.of("Patrushev said more."), null));
    }

    @Test
    void aRejectedDocumentHasNoMention() {
        Row row = annotation.apply(AnalysedRow.of("r").set(DocumentSchema.STATUS, DocumentStatus.REJECTED.value()).row());
        assertEquals(List.of(), row.getList(DocumentSchema.ANNOTATED.fieldIndex(DocumentSchema.ACTOR_MENTIONS)));
    }
}
