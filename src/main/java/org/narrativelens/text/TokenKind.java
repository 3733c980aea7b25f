package org.narrativelens.text;

/**
 * What a {@link Token} is. Only {@link #WORD}s become terms; links, e-mail addresses, handles and hashtags
 * are kept whole so that their parts ("https", "com", "www") never pass for words.
 */
public enum TokenKind {
    /** A word, acronym or abbreviation: "Russia", "U.S.", "non-bloc", "G7", "5G". */
    WORD,
    /** A number or an expression led by one: "2022", "$7bn", "3.5%", "10-year-old". */
    NUMBER,
    /** A web address: "https://example.com/a?b=1", "www.example.com/page", "RT.com", "bbc.co.uk/news". */
    URL,
    /** An e-mail address: "press@example.org". */
    EMAIL,
    /** A social-media handle: "@MFA_Russia". */
    HANDLE,
    /** A hashtag: "#Ukraine", "#G7summit" (at least one letter; "#1" is none). */
    HASHTAG
}
