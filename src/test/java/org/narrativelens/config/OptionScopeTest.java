package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OptionScopeTest {

    private static JobParameters parse(String... args) {
        JobCommand command = new JobCommand();
        JobCommand.commandLine(command, args).parseArgs(args);
        return command.toParameters();
    }

    @Test
    void everyOptionIsEitherCorpusDefiningOrAnalysisOnly() {
        Set<String> options = new TreeSet<>();
        new CommandLine(new JobCommand()).getCommandSpec().options()
                .forEach(o -> options.add(o.longestName().replaceFirst("^--", "")));
        options.removeAll(Set.of("help", "version", "config"));
        Set<String> classified = new TreeSet<>(OptionScope.CORPUS);
        classified.addAll(OptionScope.ANALYSIS_ONLY);
        assertEquals(options, classified, "a new option must be added to OptionScope.CORPUS or ANALYSIS_ONLY");
        Set<String> both = new HashSet<>(OptionScope.CORPUS);
        both.retainAll(OptionScope.ANALYSIS_ONLY);
        assertEquals(Set.of(), both, "no option is in both lists");
        assertEquals(options, new TreeSet<>(parse().asMap().keySet()), "the manifest names every option");
    }

    @Test
    void analysisOnlyOptionsLeaveTheCorpusDefiningOnesAlone() {
        Map<String, Object> base = OptionScope.corpusDefining(parse().asMap());
        assertEquals(base, OptionScope.corpusDefining(parse("--topics", "9", "--seed", "7", "--window", "document",
                "--run-name", "other", "--analyses", "topics", "--rebuild", "--phrases", "off").asMap()));
        assertTrue(!base.equals(OptionScope.corpusDefining(parse("--skip-cleaning", "footer").asMap())));
        assertTrue(!base.equals(OptionScope.corpusDefining(parse("--normalise", "stem").asMap())));
        assertTrue(!base.equals(OptionScope.corpusDefining(parse("--input", "elsewhere").asMap())));
    }

    @Test
    void anUnclassifiedOptionIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OptionScope.corpusDefining(Map.of("new-option", 1)));
        assertTrue(e.getMessage().contains("--new-option"), e.getMessage());
    }
}
