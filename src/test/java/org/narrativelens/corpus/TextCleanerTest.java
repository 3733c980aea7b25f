package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private List<String> removed(CleanedText c, CleaningRule rule) {
        return c.removed().stream().filter(r -> r.rule() == rule).map(CleanedText.RemovedText::text).toList();
    }

    @Test
    void iconSoupIsRemovedAndTheHeadlineFollows() {
        CleanedText c = cleaner.clean("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon fm\n"
                + "Peace talks stall in Istanbul again\n\nThe talks stalled on Monday.");
        assertEquals("Peace talks stall in Istanbul again", c.title());
        assertEquals(1, removed(c, CleaningRule.ICON_SOUP).size());
        assertFalse(c.text().contains("icon"));
    }

    @Test
    void aSentenceMentioningIconsIsNotIconSoup() {
        CleanedText c = cleaner.clean("Headline about a religious icon here\n\nThe icon was shown in the church on Sunday.");
        assertTrue(c.removed().isEmpty());
        assertTrue(c.text().contains("The icon was shown"));
    }

    @Test
    void repeatedTitleIsKeptOnceAndGluedTitleIsCut() {
        CleanedText c = cleaner.clean("Lavrov debunks US claim on Ukraine talks\n\n"
                + "Any settlement must accommodate Russia, the foreign minister has saidLavrov debunks US claim on Ukraine talks\n\n"
                + "Lavrov debunks US claim on Ukraine talks\n\nMoscow never closed the door.");
        assertEquals("Lavrov debunks US claim on Ukraine talks\n\n"
                + "Any settlement must accommodate Russia, the foreign minister has said\n\nMoscow never closed the door.", c.text());
        assertEquals(2, removed(c, CleaningRule.REPEATED_TITLE).size());
    }

    @Test
    void readMoreTeaserAndItsRepeatsGo() {
        CleanedText c = cleaner.clean("Main headline of the article\n\nUK working to prevent peace - Moscow\n\n"
                + "Read more UK working to prevent peace - Moscow\n\nBody sentence stays.");
        assertEquals(2, removed(c, CleaningRule.READ_MORE).size());
        assertEquals("Main headline of the article\n\nBody sentence stays.", c.text());
    }

    @Test
    void footersLabelsAndCategoryListsGo() {
        CleanedText c = cleaner.clean("All news\n\nThe headline is this one\n\nA body sentence.\n"
                + "You can share this story on social media:\nComments are closed.\n\nCategory\n\n1. Main\n\n2. Politics-Geopolitics\n\n"
                + "Source\n\nLeave a Reply\n\nBack to top button");
        assertEquals("The headline is this one\n\nA body sentence.", c.text());
        assertEquals(List.of("You can share this story on social media:", "Comments are closed.", "Source", "Leave a Reply",
                "Back to top button"), removed(c, CleaningRule.FOOTER));
        assertEquals(List.of("1. Main", "2. Politics-Geopolitics"), removed(c, CleaningRule.CATEGORY_LIST));
    }

    @Test
    void wireDatelineIsCutFromTheFirstParagraph() {
        CleanedText c = cleaner.clean("Headline of the wire story\n\nMOSCOW, June 19. /TASS/. Kiev's close cooperation delays peace.");
        assertEquals("Headline of the wire story\n\nKiev's close cooperation delays peace.", c.text());
        assertEquals(List.of("MOSCOW, June 19. /TASS/."), removed(c, CleaningRule.DATELINE));
    }

    @Test
    void imageCreditGoes() {
        CleanedText c = cleaner.clean("Headline of the story here\n\nRussian Foreign Minister Sergey Lavrov. ©  Sputnik\n\nBody.");
        assertEquals(List.of("Russian Foreign Minister Sergey Lavrov. © Sputnik"), removed(c, CleaningRule.IMAGE_CREDIT));
        CleanedText credit = cleaner.clean("Headline of the story here\n\nImage credit: Getty Images\n\nPhoto credit: Reuters\n\nBody.");
        assertEquals(List.of("Image credit: Getty Images", "Photo credit: Reuters"), removed(credit, CleaningRule.IMAGE_CREDIT));
    }

    @Test
    void hardWrappedLinesJoinIntoParagraphs() {
        String wrapped = "Headline of a wrapped wire story\n\nThe first line of a paragraph that the wire\n"
                + "service wrapped at a fixed width goes on\nhere and ends.\n\nSecond paragraph\nis here.\n";
        CleanedText c = cleaner.clean(wrapped);
        assertEquals("Headline of a wrapped wire story\n\nThe first line of a paragraph that the wire service wrapped "
                + "at a fixed width goes on here and ends.\n\nSecond paragraph is here.", c.text());
    }

    @Test
    void emptyAndNullTextGiveEmptyResult() {
        assertEquals("", cleaner.clean(null).text());
        assertNull(cleaner.clean("   \n\n").title());
    }

    @Test
    void aSkippedRuleLeavesItsLinesInPlace() {
        String raw = "Peace talks stall in Istanbul again\n\nThe talks stalled on Monday.\n\nComments are closed.";
        CleanedText all = cleaner.clean(raw);
        CleanedText noFooter = new TextCleaner(java.util.EnumSet.complementOf(java.util.EnumSet.of(CleaningRule.FOOTER))).clean(raw);
        assertEquals(List.of("Comments are closed."), removed(all, CleaningRule.FOOTER));
        assertTrue(noFooter.removed().isEmpty());
        assertTrue(noFooter.text().endsWith("Comments are closed."));
    }

    @Test
    void boilerplateLinesAreRemovedUnderTheirOwnRuleButNamedRulesComeFirst() {
        String raw = "Peace talks stall in Istanbul again\n\nSubscribe to our channel now\n\nThe talks stalled on Monday.\n\nComments are closed.";
        CleanedText c = cleaner.clean(raw, line -> line.startsWith("Subscribe") || line.startsWith("Comments"));
        assertEquals(List.of("Subscribe to our channel now"), removed(c, CleaningRule.BOILERPLATE));
        assertEquals(List.of("Comments are closed."), removed(c, CleaningRule.FOOTER));
        assertEquals("Peace talks stall in Istanbul again\n\nThe talks stalled on Monday.", c.text());
    }

    @Test
    void aBoilerplateLineAboveTheHeadlineIsNotTakenForIt() {
        CleanedText c = cleaner.clean("Russia Today: news from all over the world\nPeace talks stall in Istanbul again\nBody text here.",
                line -> line.startsWith("Russia Today"));
        assertEquals("Peace talks stall in Istanbul again", c.title());
    }

    @Test
    void wordsAreCountedAsTheRegularExpressionCountsThem() {
        // The count as first written: matches of a word pattern. Letters and numbers of every kind (a
        // superscript two, a Roman numeral, a letter outside the basic plane), the signs inside words, others.
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'&.-]*");
        String[] alphabet = {"a", "Z", "9", "\u00E9", "\u0416", "\u00B2", "\u216B", "\uD835\uDC00", "'", "&", ".", "-", " ", ",",
                "\u2019", "/", "\uD835"};
        org.narrativelens.RandomText.assertAgree(alphabet, 37, 20_000, 12, s -> {
            java.util.regex.Matcher m = word.matcher(s);
            int matches = 0;
            while (m.find()) {
                matches++;
            }
            return matches;
        }, TextCleaner::wordCount);
        assertEquals(3, TextCleaner.wordCount("U.S. -- rock-'n'-roll, 2024"));
    }
}
