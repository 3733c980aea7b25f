package org.narrativelens.corpus;

/** The named rules by which {@link TextCleaner} removes a line or a fragment of scrape noise. */
public enum CleaningRule {
    /** Icon-font class names scraped as text: "icon bookmark-bicon bookmarkicon cameraicon ...". */
    ICON_SOUP,
    /** Share, comment, reply and navigation footers: "Comments are closed.", "Back to top button". */
    FOOTER,
    /** "Read more ..." teasers and every repeat of the teased headline. */
    READ_MORE,
    /** Short labels before the headline or on their own: "All news", "Russia & FSU", "Description". */
    LABEL,
    /** Numbered category lists after a "Category" label. */
    CATEGORY_LIST,
    /** Publication date lines and wire datelines ("8 Jun, 2023 12:05", "MOSCOW, June 19. /TASS/."). */
    DATELINE,
    /** Image captions that carry a credit: "... ©  Sputnik". */
    IMAGE_CREDIT,
    /** The headline repeated after its first occurrence, alone or glued to the end of another line. */
    REPEATED_TITLE,
    /** A line recurring across many documents of the same source, though no other rule names it. */
    BOILERPLATE;

    /** The rule's name as shown in tables: lower case with hyphens. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The rule a {@link #label()} names; an unknown name is refused with the names there are. */
    public static CleaningRule fromLabel(String label) {
        for (CleaningRule rule : values()) {
            if (rule.label().equals(label.strip().toLowerCase(java.util.Locale.ROOT))) {
                return rule;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a cleaning rule; the rules are " + labels());
    }

    /** Every rule's label, comma-separated. */
    public static String labels() {
        return String.join(", ", java.util.Arrays.stream(values()).map(CleaningRule::label).toList());
    }
}
