package org.narrativelens.text;

import java.util.Locale;
import java.util.Set;

/**
 * The scanners of the {@link Tokenizer} for what the web writes into text: links, e-mail addresses, handles
 * and hashtags. Each returns the end of the token starting at {@code at}, or -1 if none starts there.
 * TokenizerTest holds the regular expression they implement.
 */
final class WebTokenScanner {

    /**
     * Top-level domains that make a dotted name without "http" or "www" a link ("RT.com", "bbc.co.uk"). Short
     * ones that are also English words ("it", "in", "us", "me") are left out: "the end.It was" is a missing space.
     */
    static final Set<String> DOMAINS = Set.of("com", "org", "net", "gov", "edu", "int", "info", "io", "uk", "ru", "ua", "eu");

    private WebTokenScanner() {
    }

    /** "http://...", "https://...", "www.": the scheme or "www." in any case, then the address up to a space. */
    static int schemeUrl(String s, int at) {
        char c = s.charAt(at);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return -1;
        }
        int body = asciiPrefix(s, at, "https://");
        if (body < 0) {
            body = asciiPrefix(s, at, "http://");
        }
        if (body < 0) {
            body = asciiPrefix(s, at, "www.");
        }
        return body < 0 ? -1 : address(s, body);
    }

    /**
     * A run of the characters of e-mail addresses and domain names from {@code at} ([A-Za-z0-9._%+-], led by a
     * letter or digit): the cheap test before {@link #email} and {@link #domainUrl}, which need an "@" or a dot in it.
     */
    static int nameRun(String s, int at) {
        if (!isAsciiLetterOrDigit(s.charAt(at))) {
            return at;
        }
        int i = at + 1;
        while (i < s.length() && isNameCharacter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * False when no {@link #domainUrl} can start anywhere in {@code s}: no dot is followed by the letters of
     * one of {@link #DOMAINS}. One pass over the text, so that words need not be scanned as possible names.
     */
    static boolean mayHoldDomain(String s) {
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            int end = dot + 1;
            while (end < s.length() && end - dot <= 4 && (s.charAt(end) | 0x20) >= 'a' && (s.charAt(end) | 0x20) <= 'z') {
                end++;
            }
            if (end - dot >= 3 && DOMAINS.contains(s.substring(dot + 1, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} has a dot between {@code from} and {@code to}: a run that may be a domain name. */
    static boolean hasDot(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** "press@example.org": {@code at} to {@code run} (a {@link #nameRun}) is the local part, then "@" and a dotted domain. */
    static int email(String s, int at, int run) {
        if (run == at || run >= s.length() || s.charAt(run) != '@') {
            return -1;
        }
        return labels(s, run + 1);
    }

    /**
     * "RT.com", "bbc.co.uk/news": dotted labels ending in one of {@link #DOMAINS}, not followed by a letter or
     * digit, then an optional path.
     */
    static int domainUrl(String s, int at) {
        int end = labels(s, at);
        if (end < 0) {
            return -1;
        }
        int dot = s.lastIndexOf('.', end - 1);
        if (dot < at || !DOMAINS.contains(s.substring(dot + 1, end).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (end < s.length() && Tokenizer.isWordCharacter(s.codePointAt(end))) {
            return -1;
        }
        return end < s.length() && s.charAt(end) == '/' ? address(s, end) : end;
    }

    /** "@name" ({@code sign} '@') or "#tag" ({@code sign} '#'): letters, marks, digits and "_", at least one letter. */
    static int tag(String s, int at, char sign) {
        if (s.charAt(at) != sign) {
            return -1;
        }
        int i = at + 1;
        boolean letter = false;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c != '_' && !Tokenizer.isWordCharacter(c)) {
                break;
            }
            letter |= Character.isLetter(c);
            i += Character.charCount(c);
        }
        return letter ? i : -1;
    }

    /** Labels of [A-Za-z0-9-] joined by single dots from {@code at}, at least one dot; the end, or -1. */
    private static int labels(String s, int at) {
        int i = label(s, at);
        if (i == at) {
            return -1;
        }
        boolean dotted = false;
        while (i + 1 < s.length() && s.charAt(i) == '.' && label(s, i + 1) > i + 1) {
            i = label(s, i + 1);
            dotted = true;
        }
        return dotted ? i : -1;
    }

    private static int label(String s, int at) {
        int i = at;
        while (i < s.length() && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /**
     * The rest of an address from {@code at}: up to a space, "&lt;", "&gt;" or '"', less the punctuation that ends
     * a sentence or closes a bracket or quote around it ("(see https://x.org/a)." ends at "a").
     */
    private static int address(String s, int at) {
        int end = at;
        int i = at;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isAddressCharacter(c)) {
                break;
            }
            i += Character.charCount(c);
            if (".,;:!?)]}'’”".indexOf(c) < 0) {
                end = i;
            }
        }
        return end;
    }

    /** Not white space ({@code \s} or a Unicode separator), "&lt;", "&gt;" or '"'. */
    private static boolean isAddressCharacter(int c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && !Character.isSpaceChar(c)
                || c < ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r';
    }

    /** The end of {@code prefix} (lower case ASCII) at {@code at}, letters in either case, or -1. */
    private static int asciiPrefix(String s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return -1;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char p = prefix.charAt(i);
            char c = s.charAt(at + i);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return -1;
            }
        }
        return at + prefix.length();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isNameCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
