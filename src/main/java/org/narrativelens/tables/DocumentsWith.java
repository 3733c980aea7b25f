package org.narrativelens.tables;

/** The sentence of a table's description that says how many documents have what the table groups them by. */
final class DocumentsWith {

    private DocumentsWith() {
    }

    /** "All 5 documents have a date.", "None of the 5 documents has a date.", or "2 of the 5 ...; the other 3 are left out." */
    static String describe(long with, long documents, String what) {
        if (with == documents) {
            return "All " + documents + " documents have " + what + ".";
        }
        if (with == 0) {
            return "None of the " + documents + " documents has " + what + ".";
        }
        return with + " of the " + documents + " documents have " + what + "; the other " + (documents - with) + " are left out.";
    }

    /** "1 document", "5 documents". */
    static String documents(long n) {
        return n + (n == 1 ? " document" : " documents");
    }
}
