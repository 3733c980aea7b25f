package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoherenceEvaluatorTest {

    @Test
    void wordsAreLowerCaseWithoutPossessivesOrAcronymDots() {
        assertEquals(List.of("the", "us", "and", "russia", "russia-ukraine", "talks"),
                CoherenceEvaluator.words("The U.S. and Russia\u2019s Russia-Ukraine talks."));
    }

    @Test
    void aPhraseCountsWhereItsWordsFollowEachOther() {
        List<String> docs = List.of("Prime Minister Tony Blair spoke", "the minister was prime", "Blair spoke again");
        // "prime minister" occurs in the first document only; "blair" in the first and third
        TopicCoherence c = CoherenceEvaluator.score(List.of(List.of("prime minister", "Blair")), docs);
        // p(pm) = 1/3, p(blair) = 2/3, p(both) = 1/3: ln(1/3 / (2/9)) / ln 3
        assertEquals(Math.log(1.5) / Math.log(3), c.npmi().get(0), 1e-12);
    }

    @Test
    void readsTheJobsTopicsCsvAndMalletTopicKeys(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("topics.csv");
        Files.writeString(csv, "topic,label,rank,term,weight\n0,a,2,beta,0.1\n0,a,1,alpha,0.2\n1,b,1,gamma,0.3\n");
        assertEquals(List.of(List.of("alpha", "beta"), List.of("gamma")), CoherenceEvaluator.readTopics(csv, 10));
        Path keys = dir.resolve("keys.txt");
        Files.writeString(keys, "0\t0.25\tgame match win \n1\t0.1\tbank shares\n");
        assertEquals(List.of(List.of("game", "match"), List.of("bank", "shares")), CoherenceEvaluator.readTopics(keys, 2));
    }
}
