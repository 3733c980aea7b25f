package org.narrativelens.corpus;

/** Whether a document was analysed, left out as a duplicate, or rejected; stored by name in {@link DocumentSchema#STATUS}. */
public enum DocumentStatus {
    ANALYSED, DUPLICATE, REJECTED;

    /** The value stored in the status column. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
