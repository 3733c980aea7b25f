package org.narrativelens.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one scraped article into clean text: characters normalised, scrape noise removed line by line
 * with a named {@link CleaningRule}, the headline kept once, and the body's sentences left intact.
 *
 * <p>Each rule can be switched off. Corpus-level boilerplate is not found here but passed in (see
 * {@link BoilerplateFinder}). The cleaner is per document and holds no state, so Spark can run it in any
 * task. Example:
 * <pre>{@code
 * CleanedText c = new TextCleaner().clean(rawText);
 * c.title();   // "Lavrov debunks US claim on Ukraine talks"
 * c.removed(); // [ICON_SOUP "icon bookmark-bicon ...", FOOTER "Back to top button", ...]
 * }</pre>
 */
public final class TextCleaner implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** A headline has at least this many words; shorter lines before it are labels. */
    private static final int MIN_TITLE_WORDS = 4;
    private static final int MAX_TITLE_CHARS = 300;
    /** Documents whose lines are all this short are hard-wrapped: lines of a block join into one paragraph. */
    private static final int WRAPPED_LINE_CHARS = 100;

    private static final Pattern ICON_WORD = Pattern.compile("(?i).*icon.*");
    private static final Pattern FOOTER = Pattern.compile("(?i)^(you can share this (story|article)( on social media)?:?"
            + "|share (this|on)( \\w+){0,3}:?|comments are closed\\.?|leave a (reply|comment)|reply|back to top( button)?"
            + "|source|comments?( \\(\\d+\\))?|print|subscribe( to our newsletter)?|follow us on .{1,40}"
            + "|related (news|articles|stories):?|trending now:?|tags?:?|share|tweet|email)$");
    private static final Pattern READ_MORE = Pattern.compile("(?i)^(read more|read also|see also|more on this)[:\\s-]+(.+)$");
    private static final Pattern LABEL = Pattern.compile("(?i)^(description|category|categories|date created|all news"
            + "|main|news|world|politics|opinion|advertisement|latest|top stories)$");
    private static final Pattern LIST_LABEL = Pattern.compile("(?i)^(category|categories|tags?|topics)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\d{1,2}\\.\\s+\\S.{0,80}$");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("^(\\d{1,2}) ([A-Z][a-z]{2,8})\\.?,? (\\d{4})(,? \\d{1,2}:\\d{2}( ?[AaPp][Mm])?( [A-Z]{2,4})?)?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    /** A wire dateline at the start of a paragraph: "MOSCOW, June 19. /TASS/. ". */
    private static final Pattern WIRE_DATELINE =
            Pattern.compile("^[A-Z][A-Z .'-]{1,40}, [A-Z][a-z]+\\.? \\d{1,2}\\. /[A-Z-]{2,12}/\\.?\\s+");
    private static final Pattern CREDIT = Pattern.compile("(©|\\(c\\) |(Photo|Image|Picture)( credit| Credit)?: |Credit: )");

    private static final CharacterNormaliser NORMALISER = new CharacterNormaliser();

    private final Set<CleaningRule> rules;

    /** A cleaner applying every rule. */
    public TextCleaner() {
        this(EnumSet.allOf(CleaningRule.class));
    }

    /** A cleaner applying only {@code rules}. */
    public TextCleaner(Set<CleaningRule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(CleaningRule.class) : EnumSet.copyOf(rules);
    }

    /** The lines of a raw text as the cleaner sees them: characters normalised, each line stripped. */
    static List<String> lines(String raw) {
        return NORMALISER.normalise(raw == null ? "" : raw).lines().map(String::strip).toList();
    }

    /** Cleans one document's raw text; null or blank text gives an empty result. */
    public CleanedText clean(String raw) {
        return clean(raw, line -> false);
    }

    /** Cleans one document's raw text, removing the lines {@code boilerplate} accepts as well. */
    public CleanedText clean(String raw, Predicate<String> boilerplate) {
        List<String> lines = lines(raw);
        List<CleanedText.RemovedText> removed = new ArrayList<>();
        Set<String> teasers = on(CleaningRule.READ_MORE) ? readMoreTeasers(lines) : Set.of();
        boolean wrapped = isHardWrapped(lines);

        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String title = null;
        String titleKey = null;
        boolean inList = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(block, paragraphs);
                continue;
            }
            CleaningRule rule = null;
            if (on(CleaningRule.ICON_SOUP) && isIconSoup(line)) {
                rule = CleaningRule.ICON_SOUP;
            } else if (on(CleaningRule.READ_MORE) && (READ_MORE.matcher(line).matches() || !teasers.isEmpty() && teasers.contains(LineKey.of(line)))) {
                rule = CleaningRule.READ_MORE;
            } else if (on(CleaningRule.FOOTER) && FOOTER.matcher(line).matches()) {
                rule = CleaningRule.FOOTER;
            } else if (on(CleaningRule.DATELINE) && (DAY_MONTH_YEAR.matcher(line).matches() || NUMERIC_DATE.matcher(line).matches())) {
                rule = CleaningRule.DATELINE;
            } else if (on(CleaningRule.LABEL) && LIST_LABEL.matcher(line).matches()) {
                rule = CleaningRule.LABEL;
                inList = true;
            } else if (on(CleaningRule.LABEL) && LABEL.matcher(line).matches()) {
                rule = CleaningRule.LABEL;
            } else if (on(CleaningRule.CATEGORY_LIST) && inList && (LIST_ITEM.matcher(line).matches() || wordCount(line) <= 6)) {
                rule = CleaningRule.CATEGORY_LIST;
            } else if (on(CleaningRule.IMAGE_CREDIT) && CREDIT.matcher(line).find() && wordCount(line) <= 15) {
                rule = CleaningRule.IMAGE_CREDIT;
            } else if (on(CleaningRule.BOILERPLATE) && boilerplate.test(line)) {
                rule = CleaningRule.BOILERPLATE;
            } else if (on(CleaningRule.LABEL) && title == null && wordCount(line) < MIN_TITLE_WORDS) {
                rule = CleaningRule.LABEL;
            } else if (on(CleaningRule.REPEATED_TITLE) && title != null && LineKey.of(line).equals(titleKey)) {
                rule = CleaningRule.REPEATED_TITLE;
            }
            if (rule != null) {
                removed.add(new CleanedText.RemovedText(rule, line));
                continue;
            }
            inList = false;
            if (title == null) {
                title = shorten(line);
                titleKey = LineKey.of(title);
                flush(block, paragraphs);
                paragraphs.add(line);
                continue;
            }
            String kept = on(CleaningRule.REPEATED_TITLE) ? stripGluedTitle(line, title, removed) : line;
            kept = on(CleaningRule.DATELINE) ? stripWireDateline(kept, removed) : kept;
            if (!wrapped) {
                flush(block, paragraphs);
            }
            if (block.length() > 0) {
                block.append(' ');
            }
            block.append(kept);
        }
        flush(block, paragraphs);
        return new CleanedText(title, String.join("\n\n", paragraphs), removed);
    }

    private boolean on(CleaningRule rule) {
        return rules.contains(rule);
    }

    private static Set<String> readMoreTeasers(List<String> lines) {
        Set<String> teasers = new HashSet<>();
        for (String line : lines) {
            Matcher m = READ_MORE.matcher(line);
            if (m.matches()) {
                teasers.add(LineKey.of(m.group(2)));
            }
        }
        return teasers;
    }

    private static boolean isHardWrapped(List<String> lines) {
        long nonBlank = lines.stream().filter(l -> !l.isEmpty()).count();
        return nonBlank >= 5 && lines.stream().allMatch(l -> l.length() <= WRAPPED_LINE_CHARS);
    }

    /** A line of at least five words of which most name an icon is an icon font scraped as text. */
    private static boolean isIconSoup(String line) {
        // Most lines hold no "icon" at all: looked for before splitting the line and matching every word.
        if (!holdsIcon(line)) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 5) {
            return false;
        }
        long icons = java.util.Arrays.stream(words).filter(w -> ICON_WORD.matcher(w).matches()).count();
        return icons * 2 >= words.length;
    }

    /** Whether "icon" is in the line in any case (a wider test than the word pattern's, never a narrower one). */
    private static boolean holdsIcon(String line) {
        for (int i = 0; i + 4 <= line.length(); i++) {
            if (line.regionMatches(true, i, "icon", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** "...has saidLavrov debunks US claim": the headline glued to the end of the previous line. */
    private static String stripGluedTitle(String line, String title, List<CleanedText.RemovedText> removed) {
        if (line.length() > title.length() && line.endsWith(title)) {
            removed.add(new CleanedText.RemovedText(CleaningRule.REPEATED_TITLE, title));
            return line.substring(0, line.length() - title.length()).strip();
        }
        return line;
    }

    private static String stripWireDateline(String line, List<CleanedText.RemovedText> removed) {
        Matcher m = WIRE_DATELINE.matcher(line);
        if (m.find()) {
            removed.add(new CleanedText.RemovedText(CleaningRule.DATELINE, m.group().strip()));
            return line.substring(m.end());
        }
        return line;
    }

    private static void flush(StringBuilder block, List<String> paragraphs) {
        if (block.length() > 0) {
            paragraphs.add(block.toString());
            block.setLength(0);
        }
    }

    private static String shorten(String line) {
        if (line.length() <= MAX_TITLE_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE_CHARS);
        return line.substring(0, cut > 0 ? cut : MAX_TITLE_CHARS) + "...";
    }

    /**
     * Words of a line: runs of letters, digits and the signs inside words ({@code ' & . -}) holding at
     * least one letter or digit ("U.S.", "rock-'n'-roll", "2024"); a lone dash or dot is none.
     */
    static int wordCount(String line) {
        int n = 0;
        boolean inRun = false;
        boolean counted = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            boolean letterOrDigit = isLetterOrNumber(c);
            if (letterOrDigit || c == '\'' || c == '&' || c == '.' || c == '-') {
                if (!inRun) {
                    inRun = true;
                    counted = false;
                }
                if (letterOrDigit && !counted) {
                    n++;
                    counted = true;
                }
            } else {
                inRun = false;
            }
        }
        return n;
    }

    /** What {@code [\\p{L}\\p{N}]} matches: any letter, and decimal, letter-like and other numbers. */
    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
