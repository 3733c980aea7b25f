package org.narrativelens.actors;

/**
 * One actor named in one sentence.
 *
 * @param actorId the actor's dictionary id
 * @param matched the text as written ("Kiev", "U.S.")
 * @param offset  character offset of the match in the sentence
 */
public record ActorMention(String actorId, String matched, int offset) {
}
