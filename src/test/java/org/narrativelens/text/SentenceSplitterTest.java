package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String s) {
        return splitter.split(s).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void splitsSentencesAndKeepsAbbreviations() {
        assertEquals(List.of("The U.S. has to review its position.", "Russia is ready to work with any administration."),
                texts("The U.S. has to review its position. Russia is ready to work with any administration."));
    }

    @Test
    void paragraphsAreBoundariesEvenWithoutFullStop() {
        assertEquals(List.of("US has to understand responsibility - Kremlin", "The interview was published on Friday."),
                texts("US has to understand responsibility - Kremlin\n\nThe interview was published on Friday."));
    }

    @Test
    void offsetsLocateTheSentenceInTheText() {
        String text = "First one here.\n\nSecond paragraph starts. It goes on.";
        for (SentenceSplitter.Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.start() + s.text().length()));
        }
    }

    @Test
    void emptyTextHasNoSentence() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(null));
    }

    @Test
    void paragraphsOfTheSentencesAreFoundAgainInTheText() {
        String text = "Title line\n\nFirst sentence. Second one\nwrapped.\n\n\nThird paragraph. Its end.\n\nFirst sentence.";
        List<String> sentences = texts(text);
        assertEquals(List.of("Title line", "First sentence.", "Second one wrapped.", "Third paragraph.", "Its end.", "First sentence."),
                sentences);
        assertEquals(List.of(0, 1, 1, 2, 2, 3), java.util.Arrays.stream(SentenceSplitter.paragraphs(text, sentences)).boxed().toList());
    }

    @Test
    void aSentenceNotInTheTextStaysInThePreviousParagraph() {
        assertEquals(List.of(0, 1, 1), java.util.Arrays.stream(SentenceSplitter.paragraphs("A.\n\nB.",
                List.of("A.", "B.", "Missing."))).boxed().toList());
        assertEquals(List.of(0, 0), java.util.Arrays.stream(SentenceSplitter.paragraphs(null, List.of("A.", "B."))).boxed().toList());
    }
}
