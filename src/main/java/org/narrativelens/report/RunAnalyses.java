package org.narrativelens.report;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.narrativelens.config.Analysis;
import org.narrativelens.config.InvalidParameterException;

/**
 * What one run of a comparison computed: the analyses its {@code --analyses} made and the tables it holds. A
 * table the run did not compute is missing, not empty, so a comparison says so instead of counting every
 * entry of the other run as new or gone.
 *
 * <pre>{@code
 * RunAnalyses.of("run b", "actors", table -> Files.exists(folder.resolve(table + ".csv")))
 *         .missing(Analysis.TERMS, "terms")   // "not computed in run b (--analyses actors)"
 * }</pre>
 */
final class RunAnalyses {

    private final String run;
    private final String analyses;
    private final Set<Analysis> made;
    private final Predicate<String> hasTable;

    private RunAnalyses(String run, String analyses, Set<Analysis> made, Predicate<String> hasTable) {
        this.run = run;
        this.analyses = analyses;
        this.made = made;
        this.hasTable = hasTable;
    }

    /**
     * The run named {@code run} ("run b", "this run") whose --analyses was {@code analyses} ("all", "actors,topics"; null
     * or a name this version does not know: not recorded, so its tables alone tell), holding the tables {@code hasTable} accepts.
     */
    static RunAnalyses of(String run, Object analyses, Predicate<String> hasTable) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(hasTable, "hasTable");
        String recorded = analyses == null ? null : String.valueOf(analyses).strip();
        Set<Analysis> made = Analysis.ALL;
        if (recorded != null && !recorded.isEmpty()) {
            try {
                made = Analysis.parse(Arrays.asList(recorded.split(",")));
            } catch (InvalidParameterException unknown) {
                recorded = null;
            }
        }
        return new RunAnalyses(run, recorded, made, hasTable);
    }

    /**
     * Why the run lacks {@code table}, which {@code analysis} makes: "not computed in run b (--analyses actors)", or
     * "not computed in run b (no terms.csv)" when the analysis was made but wrote no such table; null when the run has it.
     */
    String missing(Analysis analysis, String table) {
        if (!made.contains(analysis)) {
            return "not computed in " + run + " (--analyses " + analyses + ")";
        }
        return hasTable.test(table) ? null : "not computed in " + run + " (no " + table + ".csv)";
    }
}
