package org.narrativelens.config;

/** A parameter value that is not allowed; the message names the option and what is allowed. */
public final class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String option;

    public InvalidParameterException(String option, String problem) {
        super(option + " " + problem);
        this.option = option;
    }

    /** The option at fault, e.g. "--topics". */
    public String option() {
        return option;
    }
}
