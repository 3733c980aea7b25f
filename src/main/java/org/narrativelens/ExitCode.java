package org.narrativelens;

/** The job's documented exit codes. */
public final class ExitCode {
    /** The run completed and its folder is written. */
    public static final int OK = 0;
    /** An unexpected failure; the message and the log say where. */
    public static final int FAILURE = 1;
    /** An invalid option or option value. */
    public static final int USAGE = 2;
    /** Input that cannot be used: missing path, bad dictionary, no usable document. */
    public static final int BAD_INPUT = 3;
    /** The run needed more memory than it was given; the message names the option that gives more. */
    public static final int OUT_OF_MEMORY = 4;

    private ExitCode() {
    }
}
