package org.narrativelens.corpus;

/**
 * A file the text reader cannot turn into text (a broken gzip stream, a binary file). Its message is
 * the reason the file is rejected with; the run goes on.
 */
public final class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
