package org.narrativelens;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
}
