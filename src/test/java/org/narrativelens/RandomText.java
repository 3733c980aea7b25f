package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Random short texts over a chosen alphabet of signs, to compare a fast implementation with its reference. */
public final class RandomText {

    private RandomText() {
    }

    /** {@code count} texts of 1 to {@code longest} signs of {@code alphabet}, the same for the same seed. */
    public static List<String> of(String[] alphabet, long seed, int count, int longest) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(longest);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /**
     * Asserts that {@code subject} gives what {@code reference} gives on each of {@link #of}'s texts, naming
     * the first text where they differ.
     */
    public static void assertAgree(String[] alphabet, long seed, int count, int longest, Function<String, ?> reference,
                                   Function<String, ?> subject) {
        for (String s : of(alphabet, seed, count, longest)) {
            assertEquals(reference.apply(s), subject.apply(s), () -> "on \"" + s + "\"");
        }
    }
}
