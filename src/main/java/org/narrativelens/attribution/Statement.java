package org.narrativelens.attribution;

import java.util.List;
import java.util.Objects;

/**
 * One attributed statement: who says what about whom, in which sentence.
 *
 * @param sentence    index of the sentence in its document, from 0
 * @param speakerId   dictionary id of the speaker, or null when the speaker could not be resolved
 * @param speakerText the speaker as written ("the Kremlin spokesman", "he", "Officials from Moscow and Kiev")
 * @param verb        the reporting verb as written ("told", "according to"); empty for a headline tag
 * @param cue         what the verb signals
 * @param kind        how the statement was found
 * @param claim       what is said: the sentence without the attribution
 * @param targets     dictionary ids of the actors the claim names, in order, each once
 */
public record Statement(int sentence, String speakerId, String speakerText, String verb, Cue cue, Kind kind,
                        String claim, List<String> targets) implements java.io.Serializable {

    /** How a statement is attributed. */
    public enum Kind {
        /** A quotation with its speaker and verb. */
        QUOTE,
        /** Reported speech: "X said (that) ...", "..., X warned". */
        REPORTED,
        /** "According to X, ...". */
        ACCORDING_TO,
        /** A headline tag: "... - Kremlin". */
        HEADLINE,
        /** A sentence of a quotation whose speaker is named in a neighbouring sentence. */
        CONTINUATION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Statement {
        Objects.requireNonNull(speakerText, "speakerText");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claim, "claim");
        targets = List.copyOf(targets);
    }
}
