package org.narrativelens.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The overview's sentences about the whole corpus, from its {@link CorpusProfile}: when it was published
 * and by whom. Plain text; the template escapes it.
 *
 * <pre>{@code
 * CorpusWording.dates(profile, 3267)   // "Published 2023-10-16 to 2023-12-31 (all 3267 analysed documents dated)."
 * CorpusWording.sources(profile, 6)    // "Sources: RT (2000), TASS (1267)."
 * }</pre>
 */
final class CorpusWording {

    private CorpusWording() {
    }

    /** The publication dates of the {@code analysed} documents and how many of them are dated. */
    static String dates(CorpusProfile profile, long analysed) {
        if (profile.dated() == 0) {
            return "No analysed document states a full publication date.";
        }
        String span = profile.firstPublished().equals(profile.lastPublished()) ? profile.firstPublished()
                : profile.firstPublished() + " to " + profile.lastPublished();
        String dated = profile.dated() == analysed
                ? (analysed == 1 ? "the analysed document dated" : "all " + analysed + " analysed documents dated")
                : profile.dated() + " of the " + analysed + " analysed documents dated";
        return "Published " + span + " (" + dated + ").";
    }

    /**
     * The largest sources (at most {@code shown}) with their analysed documents, how many more there are, and the
     * documents without a source.
     */
    static String sources(CorpusProfile profile, int shown) {
        String without = profile.withoutSource() == 0 ? ""
                : " " + documents(profile.withoutSource()) + " without a source.";
        if (profile.sources() == 0) {
            return "No analysed document names its source.";
        }
        List<CorpusProfile.SourceCount> listed = profile.largestSources().subList(0, Math.min(shown, profile.largestSources().size()));
        long more = profile.sources() - listed.size();
        return "Sources: " + listed.stream().map(s -> s.source() + " (" + s.analysed() + ")").collect(Collectors.joining(", "))
                + (more > 0 ? " and " + more + " more" : "") + "." + without;
    }

    private static String documents(long n) {
        return n + (n == 1 ? " document" : " documents");
    }
}
