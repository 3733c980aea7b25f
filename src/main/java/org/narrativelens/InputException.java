package org.narrativelens;

/**
 * Input the job cannot use: a missing path, an unreadable dictionary, a corpus without one usable
 * document. The message is one line naming the file (and line or document) and what to do.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
