package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where and whether the prepared corpus (read, cleaned, de-duplicated, annotated) is kept between runs, so
 * that a rerun with other analysis parameters starts from it instead of the raw input.
 *
 * @param dir        the cache folder (local path or Hadoop URI), or null for {@code <out>/.cache}
 * @param enabled    false with {@code --no-cache}: nothing is read from or written to the cache
 * @param rebuild    true with {@code --rebuild}: the prepared corpus is built again and replaces the cached one
 * @param limitBytes the cache's size limit; the prepared corpora unused for longest are evicted beyond it
 */
public record CacheOptions(String dir, boolean enabled, boolean rebuild, long limitBytes) {

    /** Default of {@code --cache-limit}: room for a few prepared versions of a gigabyte corpus. */
    public static final String DEFAULT_LIMIT = "20g";
    /** The defaults: {@code <out>/.cache}, read and written, {@link #DEFAULT_LIMIT}. */
    public static final CacheOptions DEFAULT = new CacheOptions(null, true, false, ByteSize.parse(DEFAULT_LIMIT));

    public CacheOptions {
        if (limitBytes < 0) {
            throw new InvalidParameterException("--cache-limit", "must not be negative, was " + limitBytes);
        }
        if (dir != null && dir.isBlank()) {
            throw new InvalidParameterException("--cache", "must name a folder");
        }
    }

    /** The cache folder of a run writing into {@code out}. */
    public String dirFor(String out) {
        return dir != null ? dir : out.replaceAll("/+$", "") + "/.cache";
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cache", dir);
        m.put("no-cache", !enabled);
        m.put("rebuild", rebuild);
        m.put("cache-limit", ByteSize.format(limitBytes));
        return m;
    }

    /** Sizes as people write them: {@code 20g}, {@code 512m}, {@code 1.5g}, {@code 0} (bytes when no unit). */
    public static final class ByteSize implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value);
        }

        static long parse(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("b")) {
                v = v.substring(0, v.length() - 1);
            }
            if (!v.isEmpty()) {
                int power = "kmgt".indexOf(v.charAt(v.length() - 1));
                if (power >= 0) {
                    unit = 1L << (10 * (power + 1));
                    v = v.substring(0, v.length() - 1);
                }
            }
            try {
                double number = Double.parseDouble(v);
                if (number < 0 || Double.isNaN(number) || number * unit > Long.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                return (long) (number * unit);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a size: write a number of bytes or one with k, m, g or t, e.g. 20g or 512m");
            }
        }

        /** The size in the largest unit that keeps it whole ("20g", "512m", "1000"). */
        static String format(long bytes) {
            String units = "kmgt";
            for (int power = units.length(); power >= 1; power--) {
                long unit = 1L << (10 * power);
                if (bytes != 0 && bytes % unit == 0) {
                    return bytes / unit + String.valueOf(units.charAt(power - 1));
                }
            }
            return Long.toString(bytes);
        }
    }
}
