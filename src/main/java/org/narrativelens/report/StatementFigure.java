package org.narrativelens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The directed network of attributed statements as a figure, from the {@code statement_edges} table: the
 * {@link NetworkFigure#MAX_EDGES} edges with most statements, each an arrow speaker -> target coloured by its
 * dominant cue, its width by statements, its tooltip the counts per cue ("Russia accuses United States: 7 of 9
 * statements (accuse 7, other 2)"), and a link to the statements behind it.
 */
final class StatementFigure {

    /** Edges with their count written on them, the first (most statements): more would cover the middle. */
    static final int LABELLED = 15;
    /** Colours of the cues, in the order of {@link StatementNetworkFiles#CUES}. */
    static final Map<String, String> CUE_COLOURS = colours();
    /** What a speaker does to the target when the cue dominates, for the tooltips. */
    private static final Map<String, String> VERBS = Map.of("accuse", "accuses", "warn", "warns", "deny", "denies claims about",
            "demand", "makes demands of", "praise", "praises", "offer", "makes offers to", "other", "speaks of");

    private StatementFigure() {
    }

    private static Map<String, String> colours() {
        List<String> palette = List.of("#c0392b", "#e67e22", "#7d3c98", "#b7950b", "#229954", "#2e86c1", "#8a94a6");
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < StatementNetworkFiles.CUES.size(); i++) {
            colours.put(StatementNetworkFiles.CUES.get(i), palette.get(i));
        }
        return colours;
    }

    /**
     * The SVG of the first edges of {@code edges} (a {@code statement_edges} table, most statements first), or null
     * when it has none. {@code types} gives an actor id's type (state, person ...) for the node colour;
     * {@code href} the address of the statements of an edge (speaker id, target id), {@code nodeHref} of an actor's
     * page; either may return null for no link.
     */
    static String svg(Table edges, Map<String, String> types, BiFunction<String, String, String> href, Function<String, String> nodeHref) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, long[]> spokenHeard = new LinkedHashMap<>();
        List<NetworkFigure.Edge> drawn = new ArrayList<>();
        List<StatementNetworkFiles.StatementEdge> rows = StatementNetworkFiles.rows(edges);
        for (StatementNetworkFiles.StatementEdge row : rows.subList(0, Math.min(NetworkFigure.MAX_EDGES, rows.size()))) {
            String from = row.speakerId();
            String to = row.targetId();
            labels.putIfAbsent(from, row.speaker());
            labels.putIfAbsent(to, row.target());
            long count = row.statements();
            spokenHeard.computeIfAbsent(from, k -> new long[2])[0] += count;
            spokenHeard.computeIfAbsent(to, k -> new long[2])[1] += count;
            Map<String, Long> byCue = new LinkedHashMap<>(row.byCue());
            byCue.values().removeIf(n -> n == 0);
            String dominant = dominant(byCue);
            String title = labels.get(from) + " " + VERBS.get(dominant) + " " + labels.get(to) + ": " + byCue.getOrDefault(dominant, 0L)
                    + " of " + count + " statement" + (count == 1 ? "" : "s") + " (" + String.join(", ",
                    byCue.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ")";
            drawn.add(new NetworkFigure.Edge(from, to, count, CUE_COLOURS.get(dominant), title,
                    drawn.size() < LABELLED && count > 1 ? Long.toString(count) : null, href.apply(from, to)));
        }
        List<NetworkFigure.Node> nodes = new ArrayList<>();
        labels.forEach((id, label) -> {
            long[] n = spokenHeard.get(id);
            nodes.add(new NetworkFigure.Node(id, label, types.getOrDefault(id, ""), n[0] + n[1],
                    label + ": speaks in " + n[0] + ", spoken of in " + n[1] + " of the statements drawn", nodeHref.apply(id)));
        });
        return new NetworkFigure().draw(nodes, drawn, true, CUE_COLOURS);
    }

    /**
     * The cue of most statements of an edge; on a tie the more telling one (the order of the cues, "other"
     * last), so an edge of one accusation and one neutral "said" reads as an accusation.
     */
    static String dominant(Map<String, Long> byCue) {
        String best = null;
        for (String cue : StatementNetworkFiles.CUES) {
            if (byCue.getOrDefault(cue, 0L) > 0 && (best == null || byCue.get(cue) > byCue.get(best))) {
                best = cue;
            }
        }
        return best == null ? "other" : best;
    }
}
