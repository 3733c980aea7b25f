package org.narrativelens.corpus;

/** Whether a document was analysed or rejected; stored by name in {@link DocumentSchema#STATUS}. */
public enum DocumentStatus {
    ANALYSED, REJECTED;

    /** The value stored in the status column. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
