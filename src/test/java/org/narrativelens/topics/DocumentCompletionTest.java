package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentCompletionTest {

    /** Words 0-1 are war, 2-3 football; documents keep to one theme. */
    private static final int[][] HELD_OUT = {{0, 1, 0, 1, 0, 0}, {2, 3, 3, 2}, {1, 0, 1}};

    private static double perplexity(DocumentCompletion model) {
        DocumentCompletion.Score total = new DocumentCompletion.Score(0, 0);
        for (int[] doc : HELD_OUT) {
            total = total.plus(model.score(doc));
        }
        return total.perplexity();
    }

    @Test
    void aUniformModelHasThePerplexityOfTheVocabularySize() {
        DocumentCompletion uniform = new DocumentCompletion(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}}, new double[] {0.5, 0.5});
        assertEquals(4.0, perplexity(uniform), 1e-9);
    }

    @Test
    void topicsThatFitTheDocumentsPredictTheirSecondHalfBetter() {
        DocumentCompletion fitted = new DocumentCompletion(new double[][] {{0.45, 0.45, 0.05, 0.05}, {0.05, 0.05, 0.45, 0.45}},
                new double[] {0.5, 0.5});
        double p = perplexity(fitted);
        assertTrue(Double.isFinite(p) && p > 1 && p < 4, "fitted " + p + " against 4 for the uniform model");
        double[] theta = fitted.mixture(HELD_OUT[1], 2);
        assertTrue(theta[1] > 0.75, "the first half of a football document points to the football topic: " + theta[1]);
        assertEquals(1.0, theta[0] + theta[1], 1e-9);
    }

    @Test
    void topicsAreRenormalisedOverTheEvaluationWordsAndShortDocumentsScoreNothing() {
        // The same topics with mass on words outside the evaluation vocabulary score the same.
        DocumentCompletion partial = new DocumentCompletion(new double[][] {{0.09, 0.09, 0.01, 0.01}, {0.01, 0.01, 0.09, 0.09}},
                new double[] {0.5, 0.5});
        DocumentCompletion whole = new DocumentCompletion(new double[][] {{0.45, 0.45, 0.05, 0.05}, {0.05, 0.05, 0.45, 0.45}},
                new double[] {0.5, 0.5});
        assertEquals(perplexity(whole), perplexity(partial), 1e-9);
        assertEquals(0, whole.score(new int[] {1}).tokens());
        assertTrue(Double.isNaN(new DocumentCompletion.Score(0, 0).perplexity()));
    }
}
