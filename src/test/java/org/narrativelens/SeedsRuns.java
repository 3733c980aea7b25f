package org.narrativelens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The runs of the job on {@code seeds/} that tests of several classes read, each made once per test JVM ({@link JobRuns}). */
final class SeedsRuns {

    /** The main run's options; a second run with the same ones must give the same tables. */
    static final String[] MAIN = {"--input", "seeds", "--topics", "3", "--kwic", "Russia,peace talks", "--compare", "period=2023-06"};

    private SeedsRuns() {
    }

    /** Every analysis, with key words in context and a keyness comparison of June 2023 against the other dated month. */
    static JobRuns.Run main() {
        return JobRuns.named("seeds-test", MAIN).ok();
    }

    /** Only the topic model, with two numbers of topics compared. */
    static JobRuns.Run topicsOnly() {
        return JobRuns.named("seeds-k23", "--input", "seeds", "--topics", "2,3", "--stability-runs", "1", "--iterations", "200",
                "--analyses", "topics").ok();
    }

    /**
     * Stems, no phrases, filler in the topics, extra stopwords, and a one-row extra actor dictionary: options that
     * change different tables, so one run serves the tests of each.
     */
    static JobRuns.Run stemsAndExtraActors() {
        Path extra = JobRuns.out().resolve("extra-actors.csv");
        try {
            Files.writeString(extra, "id,label,type,affiliation,aliases,case_sensitive,valid_from,valid_to\n"
                    + "security_council_bare,Security Council,organisation,russia,,,,\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JobRuns.named("stems", "--input", "seeds", "--topics", "3", "--normalise", "stem", "--phrases", "off",
                "--topic-filler", "include", "--extra-stopwords", "kremlin,moscow", "--extra-actors", extra.toString()).ok();
    }
}
