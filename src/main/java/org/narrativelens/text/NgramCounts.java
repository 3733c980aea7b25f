package org.narrativelens.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.corpus.DocumentSchema;
import scala.Tuple2;

/**
 * Spark stage: the corpus counts of every term and of every run of up to {@code maxWords} terms adjacent
 * in a sentence (no stopword, number, punctuation or sentence boundary between them), each with its most
 * frequent written form. One aggregation over the analysed documents (a single shuffle, combined per
 * partition first), cached; runs of two or more terms are kept only from {@code minCount} occurrences and
 * never with news filler in them ("said mr").
 *
 * <p>What it answers, always with bounded results: the unigram counts and frequent runs that
 * {@link PhraseFinder} scores, and the written form of any term key, so that tables show "talks" for the
 * lemma {@code talk}, "US" for {@code us} and "peace talks" for the phrase {@code peace talk}. Ties between
 * forms go to the form first in Unicode order, so that runs are repeatable. Call {@link #release()} when done.
 */
public final class NgramCounts {

    private final JavaPairRDD<String, Stats> counts;
    private final int maxWords;
    private final int minCount;
    private final WordList filler;

    private NgramCounts(JavaPairRDD<String, Stats> counts, int maxWords, int minCount, WordList filler) {
        this.counts = counts;
        this.maxWords = maxWords;
        this.minCount = minCount;
        this.filler = filler;
    }

    /**
     * The counts of one key: terms in it, occurrences, documents, and its written forms with their counts.
     * Forms are kept in two small arrays, not a map: most keys have one form, and these records cross the
     * shuffle in Java serialisation, where a map per record is costly.
     */
    public static final class Stats implements Serializable {
        private static final long serialVersionUID = 1L;
        final int words;
        long count;
        long documents;
        /** Every form while counting; only the most frequent once counted. */
        String[] forms;
        long[] formCounts;

        Stats(int words, String form) {
            this.words = words;
            this.forms = new String[] {form};
            this.formCounts = new long[1];
        }

        /** Terms in the run: 1 for a single term. */
        public int words() {
            return words;
        }

        public long count() {
            return count;
        }

        public long documents() {
            return documents;
        }

        /** The most frequent written form (forms joined by spaces for a run); ties to the first in Unicode order. */
        public String form() {
            int best = 0;
            for (int i = 1; i < forms.length; i++) {
                if (formCounts[i] > formCounts[best] || formCounts[i] == formCounts[best] && forms[i].compareTo(forms[best]) < 0) {
                    best = i;
                }
            }
            return forms[best];
        }

        /** One more occurrence, written {@code form}. */
        void add(String form) {
            count++;
            addForm(form, 1);
        }

        private void addForm(String form, long n) {
            for (int i = 0; i < forms.length; i++) {
                if (forms[i].equals(form)) {
                    formCounts[i] += n;
                    return;
                }
            }
            forms = Arrays.copyOf(forms, forms.length + 1);
            formCounts = Arrays.copyOf(formCounts, formCounts.length + 1);
            forms[forms.length - 1] = form;
            formCounts[formCounts.length - 1] = n;
        }

        Stats merge(Stats other) {
            count += other.count;
            documents += other.documents;
            for (int i = 0; i < other.forms.length; i++) {
                addForm(other.forms[i], other.formCounts[i]);
            }
            return this;
        }

        Stats best() {
            forms = new String[] {form()};
            formCounts = new long[] {count};
            return this;
        }

        /** These counts less {@code other}'s; the form stays. */
        Stats less(Stats other) {
            Stats s = new Stats(words, forms[0]);
            s.count = count - other.count;
            s.documents = documents - other.documents;
            s.forms = forms;
            s.formCounts = formCounts;
            return s;
        }
    }

    /**
     * Counts the terms of {@code analysed} ({@link DocumentSchema#ANALYSED} columns), and runs of up to
     * {@code maxWords} adjacent terms seen at least {@code minCount} times and without a word of {@code filler}.
     */
    public static NgramCounts count(Dataset<Row> analysed, int maxWords, int minCount, WordList filler) {
        JavaPairRDD<String, Stats> counts = perDocument(analysed, maxWords, filler)
                .reduceByKey(Stats::merge)
                .filter(e -> e._2().words == 1 || e._2().count >= minCount)
                .mapValues(Stats::best)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new NgramCounts(counts, maxWords, minCount, filler);
    }

    /**
     * These counts without those of {@code documents}, a part of the counted corpus: counts and documents
     * are sums, so a few duplicates found later are taken out without counting the corpus again. Forms
     * stay as they were. Cached; the counts it derives from stay needed until it is computed.
     */
    public NgramCounts without(Dataset<Row> documents) {
        // Partitioned as the counts are, so that only the few counts to take out move.
        JavaPairRDD<String, Stats> out = perDocument(documents, maxWords, filler)
                .reduceByKey(counts.partitioner().get(), Stats::merge);
        int min = minCount;
        JavaPairRDD<String, Stats> less = counts.leftOuterJoin(out)
                .mapValues(v -> v._2().isPresent() ? v._1().less(v._2().get()) : v._1())
                .filter(e -> e._2().words == 1 ? e._2().count > 0 : e._2().count >= min)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new NgramCounts(less, maxWords, minCount, filler);
    }

    private static JavaPairRDD<String, Stats> perDocument(Dataset<Row> analysed, int maxWords, WordList filler) {
        return analysed
                .select(DocumentSchema.TERMS, DocumentSchema.TERM_FORMS, DocumentSchema.TERM_POSITIONS)
                .javaRDD()
                .flatMapToPair(row -> ofDocument(row.getList(0), row.getList(1), row.getList(2), maxWords, filler).iterator());
    }

    /** One document's counts: each term and run of adjacent terms, with its forms. */
    static List<Tuple2<String, Stats>> ofDocument(List<String> keys, List<String> forms, List<Integer> positions,
                                                  int maxWords, WordList filler) {
        Map<String, Stats> byKey = new LinkedHashMap<>();
        int n = keys.size();
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder();
            StringBuilder form = new StringBuilder();
            // A filler word is counted alone and starts no run.
            int longest = filler.contains(keys.get(i)) ? 1 : maxWords;
            for (int w = 1; w <= longest && i + w <= n; w++) {
                int last = i + w - 1;
                if (w > 1) {
                    if (positions.get(last) - positions.get(last - 1) != 1 || filler.contains(keys.get(last))) {
                        break;
                    }
                    key.append(' ');
                    form.append(' ');
                }
                key.append(keys.get(last));
                form.append(forms.get(last));
                int words = w;
                String written = form.toString();
                Stats stats = byKey.computeIfAbsent(key.toString(), k -> new Stats(words, written));
                stats.add(written);
                stats.documents = 1;
            }
        }
        List<Tuple2<String, Stats>> rows = new ArrayList<>(byKey.size());
        byKey.forEach((k, s) -> rows.add(new Tuple2<>(k, s)));
        return rows;
    }

    /**
     * The runs of two or more terms seen at least {@code minCount} times and fewer than {@code below}, the
     * {@code limit} most frequent (ties by key).
     */
    List<Tuple2<String, Stats>> runs(long minCount, long below, int limit) {
        return counts.filter(e -> e._2().words > 1 && e._2().count >= minCount && e._2().count < below)
                .takeOrdered(limit, new MostFrequent());
    }

    /**
     * What one pass over the counts tells: the counts of some single terms, and every key whose most
     * frequent form is not the key itself (acronyms, lemmas, stems) with that form, or null when there are
     * more than asked for. With {@code --normalise none} the latter are few (acronyms, phrases with one), so
     * the tables need no lookup of their own.
     */
    public record Lookup(Map<String, Long> termCounts, Map<String, String> formsUnlikeKeys) {
    }

    /** The counts of the single terms {@code keys}, and the keys written otherwise, if at most {@code limit}. */
    public Lookup lookup(Set<String> keys, int limit) {
        Set<String> wanted = new HashSet<>(keys);
        // Bounded: the wanted terms, and at most limit + 1 other keys from each partition.
        List<Tuple2<String, Stats>> found = counts.mapPartitions(entries -> {
            List<Tuple2<String, Stats>> kept = new ArrayList<>();
            int unlike = 0;
            while (entries.hasNext()) {
                Tuple2<String, Stats> e = entries.next();
                boolean term = e._2().words == 1 && wanted.contains(e._1());
                boolean other = unlike <= limit && !e._2().form().equals(e._1());
                unlike += other ? 1 : 0;
                if (term || other) {
                    kept.add(e);
                }
            }
            return kept.iterator();
        }).collect();
        Map<String, Long> termCounts = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (Tuple2<String, Stats> e : found) {
            if (e._2().words == 1 && wanted.contains(e._1())) {
                termCounts.put(e._1(), e._2().count);
            }
            if (!e._2().form().equals(e._1())) {
                forms.put(e._1(), e._2().form());
            }
        }
        return new Lookup(termCounts, forms.size() > limit ? null : forms);
    }

    /** The counts of the single terms {@code keys}. */
    Map<String, Long> termCounts(Set<String> keys) {
        return lookup(keys, 0).termCounts();
    }

    /**
     * The most frequent written form of each of {@code keys} (terms or phrases); a key never counted is
     * its own form. A bounded lookup: only the counts of these keys reach the driver.
     */
    public Map<String, String> forms(Collection<String> keys) {
        Map<String, String> forms = new HashMap<>();
        if (keys.isEmpty()) {
            return forms;
        }
        Set<String> wanted = new HashSet<>(keys);
        counts.filter(e -> wanted.contains(e._1())).collect().forEach(e -> forms.put(e._1(), e._2().form()));
        for (String key : keys) {
            forms.putIfAbsent(key, key);
        }
        return forms;
    }

    public void release() {
        counts.unpersist(false);
    }

    /** Most frequent first, then by key: the order of {@link #runs}. */
    private static final class MostFrequent implements Comparator<Tuple2<String, Stats>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Tuple2<String, Stats> a, Tuple2<String, Stats> b) {
            int byCount = Long.compare(b._2().count, a._2().count);
            return byCount != 0 ? byCount : a._1().compareTo(b._1());
        }
    }
}
