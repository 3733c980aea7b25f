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
}
