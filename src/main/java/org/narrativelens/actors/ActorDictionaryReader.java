package org.narrativelens.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.narrativelens.InputException;

/**
 * Reads an actor dictionary CSV (format in {@code docs/ACTORS.md}): header
 * {@code id,label,type,affiliation,aliases,case_sensitive,valid_from,valid_to}. Every error names the
 * file, the line and the field, e.g. {@code actors.csv:12: field 'type': 'country' is not one of state|person|...}.
 */
public final class ActorDictionaryReader {

    static final List<String> HEADER =
            List.of("id", "label", "type", "affiliation", "aliases", "case_sensitive", "valid_from", "valid_to");
    private static final Set<String> REQUIRED = Set.of("id", "label", "type");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_]*");
    /** Line number recorded for the rows of a dictionary being extended. */
    private static final int BASE_LINE = -1;

    /** The dictionary shipped in the jar. */
    public ActorDictionary readDefault() {
        try (InputStream in = ActorDictionaryReader.class.getResourceAsStream(ActorDictionary.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ActorDictionary.DEFAULT_RESOURCE + " is not on the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "default-actors.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the dictionary file at {@code path}. */
    public ActorDictionary read(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new InputException("actor dictionary " + path + " does not exist: check --actors");
        } catch (IOException e) {
            throw new InputException("actor dictionary " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a dictionary; {@code name} is the file name used in error messages. */
    public ActorDictionary read(Reader in, String name) throws IOException {
        return extend(new ActorDictionary(List.of()), in, name);
    }

    /** {@code base} with the rows of the dictionary file at {@code path} added ({@code --extra-actors}). */
    public ActorDictionary extend(ActorDictionary base, Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return extend(base, in, path.toString());
        } catch (NoSuchFileException e) {
            throw new InputException("actor dictionary " + path + " does not exist: check --extra-actors");
        } catch (IOException e) {
            throw new InputException("actor dictionary " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * {@code base} with the rows read from {@code in} added. Rows are added, never merged: a row may not
     * reuse an id or a name of {@code base}; its affiliation may name a state of either.
     */
    public ActorDictionary extend(ActorDictionary base, Reader in, String name) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get();
        List<Actor> actors = new ArrayList<>(base.actors());
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, String> aliasOwner = new HashMap<>();
        for (Actor a : base.actors()) {
            lineOfId.put(a.id(), BASE_LINE);
            a.names().forEach(alias -> aliasOwner.putIfAbsent(AliasPattern.key(alias, a.caseSensitive()), a.id()));
        }
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            checkHeader(parser.getHeaderNames(), name);
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Actor actor = parse(record, name, line);
                Integer earlier = lineOfId.putIfAbsent(actor.id(), (int) line);
                if (earlier != null) {
                    throw error(name, line, "id", "'" + actor.id() + "' is already defined "
                            + (earlier == BASE_LINE ? "in the dictionary it extends" : "on line " + earlier));
                }
                for (String alias : actor.names()) {
                    String key = AliasPattern.key(alias, actor.caseSensitive());
                    String owner = aliasOwner.putIfAbsent(key, actor.id());
                    if (owner != null && !owner.equals(actor.id())) {
                        throw error(name, line, "aliases", "'" + alias + "' already names '" + owner + "'; an alias must name one actor");
                    }
                }
                actors.add(actor);
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(name + ": not a readable CSV file: " + e.getMessage(), e);
        }
        checkAffiliations(actors, lineOfId, name);
        return new ActorDictionary(actors);
    }

    private static void checkHeader(List<String> header, String name) {
        List<String> missing = HEADER.stream().filter(h -> REQUIRED.contains(h) && !header.contains(h)).toList();
        List<String> unknown = header.stream().filter(h -> !HEADER.contains(h)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new InputException(name + ":1: header must be " + String.join(",", HEADER)
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
    }

    private static Actor parse(CSVRecord record, String name, long line) {
        String id = field(record, "id");
        if (!ID.matcher(id).matches()) {
            throw error(name, line, "id", "'" + id + "' must be lower-case letters, digits and '_'");
        }
        String label = field(record, "label");
        if (label.isEmpty()) {
            throw error(name, line, "label", "is empty");
        }
        ActorType type = ActorType.parse(field(record, "type"));
        if (type == null) {
            throw error(name, line, "type", "'" + field(record, "type") + "' is not one of " + ActorType.allowed());
        }
        String affiliation = field(record, "affiliation");
        List<String> aliases = Arrays.stream(field(record, "aliases").split("\\|"))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        String cs = field(record, "case_sensitive").toLowerCase(java.util.Locale.ROOT);
        if (!cs.isEmpty() && !cs.equals("true") && !cs.equals("false")) {
            throw error(name, line, "case_sensitive", "'" + cs + "' must be true or false");
        }
        LocalDate from = date(record, "valid_from", name, line);
        LocalDate to = date(record, "valid_to", name, line);
        if (from != null && to != null && to.isBefore(from)) {
            throw error(name, line, "valid_to", to + " is before valid_from " + from);
        }
        return new Actor(id, label, type, affiliation.isEmpty() ? null : affiliation, aliases,
                cs.equals("true"), from, to);
    }

    private static void checkAffiliations(List<Actor> actors, Map<String, Integer> lineOfId, String name) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        for (Actor a : actors) {
            if (a.affiliation() != null && lineOfId.get(a.id()) != BASE_LINE) {
                Actor state = byId.get(a.affiliation());
                if (state == null || state.type() != ActorType.STATE) {
                    throw error(name, lineOfId.get(a.id()), "affiliation",
                            "'" + a.affiliation() + "' is not the id of a state in this dictionary");
                }
            }
        }
    }

    private static String field(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static LocalDate date(CSVRecord record, String column, String name, long line) {
        String text = field(record, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(name, line, column, "'" + text + "' is not a date like 2024-05-07");
        }
    }

    private static InputException error(String name, long line, String field, String problem) {
        return new InputException(name + ":" + line + ": field '" + field + "': " + problem);
    }
}
