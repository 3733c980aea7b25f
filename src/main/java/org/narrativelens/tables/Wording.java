package org.narrativelens.tables;

/** Phrases of the tables' descriptions that depend on a number. */
final class Wording {

    private Wording() {
    }

    /** "All 5 documents have a date.", "None of the 5 documents has a date.", or "2 of the 5 ...; the other 3 are left out." */
    static String documentsWith(long with, long documents, String what) {
        if (with == documents) {
            return "All " + documents + " documents have " + what + ".";
        }
        if (with == 0) {
            return "None of the " + documents + " documents has " + what + ".";
        }
        long without = documents - with;
        return with + " of the " + documents + " documents have " + what + "; the other " + without
                + (without == 1 ? " is" : " are") + " left out.";
    }

    /** "1 document", "5 documents": {@code n} and the noun, plural but for one. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
