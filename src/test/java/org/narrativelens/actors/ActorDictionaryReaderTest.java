package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.InputException;

class ActorDictionaryReaderTest {

    private static final String HEADER = "id,label,type,affiliation,aliases,case_sensitive,valid_from,valid_to\n";
    private final ActorDictionaryReader reader = new ActorDictionaryReader();

    private String error(String csv) {
        return assertThrows(InputException.class, () -> reader.read(new StringReader(csv), "my.csv")).getMessage();
    }

    @Test
    void readsEveryField() throws Exception {
        ActorDictionary d = reader.read(new StringReader(HEADER
                + "russia,Russia,state,,Moscow|the Kremlin,false,,\n"
                + "boris_johnson,Boris Johnson,person,united_kingdom,\"Johnson, Boris\",false,2019-07-24,2022-09-06\n"
                + "united_kingdom,United Kingdom,STATE,,UK,,,\n"), "my.csv");
        Actor johnson = d.get("boris_johnson").orElseThrow();
        assertEquals(ActorType.PERSON, johnson.type());
        assertEquals("united_kingdom", johnson.affiliation());
        assertEquals(List.of("Johnson, Boris"), johnson.aliases());
        assertEquals(LocalDate.of(2019, 7, 24), johnson.validFrom());
        assertEquals(List.of("Russia", "Moscow", "the Kremlin"), d.get("russia").orElseThrow().names());
    }

    @Test
    void errorsNameFileLineAndField() {
        assertEquals("my.csv:3: field 'type': 'country' is not one of state|person|organisation|bloc|media|place",
                error(HEADER + "russia,Russia,state,,,,,\nukraine,Ukraine,country,,,,,\n"));
        assertEquals("my.csv:2: field 'valid_from': '2022-13-01' is not a date like 2024-05-07",
                error(HEADER + "putin,Vladimir Putin,person,,,,2022-13-01,\n"));
        assertEquals("my.csv:2: field 'case_sensitive': 'yes' must be true or false",
                error(HEADER + "nato,NATO,bloc,,,yes,,\n"));
        assertEquals("my.csv:3: field 'id': 'russia' is already defined on line 2",
                error(HEADER + "russia,Russia,state,,,,,\nrussia,Russland,state,,,,,\n"));
    }

    @Test
    void anAliasNamesOneActorOnly() {
        assertEquals("my.csv:3: field 'aliases': 'georgia' already names 'georgia'; an alias must name one actor",
                error(HEADER + "georgia,Georgia,state,,,,,\nus_georgia,State of Georgia,place,,georgia,,,\n"));
        // An acronym and a word differ: "US" (the state) and "us" could both be aliases of different actors.
        assertTrue(assertThrows(InputException.class,
                () -> reader.read(new StringReader(HEADER + "a,A,state,,US,,,\nb,B,state,,US,,,\n"), "my.csv"))
                .getMessage().contains("'US' already names 'a'"));
    }

    @Test
    void extraRowsAreAddedButMayNotReuseAnIdOrAName() throws Exception {
        ActorDictionary base = reader.read(new StringReader(HEADER + "russia,Russia,state,,Moscow|Kremlin,,,\n"), "base.csv");
        ActorDictionary extended = reader.extend(base, new StringReader(HEADER
                + "maria_zakharova,Maria Zakharova,person,russia,Zakharova,,,\n"), "extra.csv");
        assertEquals(2, extended.size());
        assertEquals("russia", extended.get("maria_zakharova").orElseThrow().affiliation());
        assertEquals("extra.csv:2: field 'id': 'russia' is already defined in the dictionary it extends",
                assertThrows(InputException.class, () -> reader.extend(base,
                        new StringReader(HEADER + "russia,Russland,state,,,,,\n"), "extra.csv")).getMessage());
        assertEquals("extra.csv:2: field 'aliases': 'Kremlin' already names 'russia'; an alias must name one actor",
                assertThrows(InputException.class, () -> reader.extend(base,
                        new StringReader(HEADER + "kremlin_palace,Grand Palace,place,,Kremlin,,,\n"), "extra.csv")).getMessage());
    }

    @Test
    void affiliationMustBeAState() {
        assertEquals("my.csv:2: field 'affiliation': 'atlantis' is not the id of a state in this dictionary",
                error(HEADER + "peskov,Dmitry Peskov,person,atlantis,,,,\n"));
    }

    @Test
    void headerIsChecked() {
        assertTrue(error("id,name,type\nx,X,state\n").startsWith("my.csv:1: header must be id,label,type,"));
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> reader.read(dir.resolve("none.csv")));
        assertTrue(e.getMessage().contains("does not exist: check --actors"));
    }

    @Test
    void fileOnDiskIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, HEADER + "nato,NATO,bloc,,North Atlantic Alliance,,,\n");
        assertEquals(1, reader.read(file).size());
    }

    @Test
    void defaultDictionaryLoadsAndCoversTheSeedActors() {
        ActorDictionary d = reader.readDefault();
        ActorMatcher m = new ActorMatcher(d);
        for (String name : List.of("Nikolay Patrushev", "Dmitry Peskov", "Sergey Lavrov", "Alexey Polishchuk",
                "Antony Blinken", "John Kirby", "Volodymyr Zelensky", "Joe Biden", "Vladimir Putin", "Boris Johnson",
                "David Arakhamia", "Petro Poroshenko")) {
            List<ActorMention> found = m.find(name);
            assertEquals(1, found.size(), name);
            assertEquals(ActorType.PERSON, d.get(found.get(0).actorId()).orElseThrow().type(), name);
        }
        assertEquals("ukraine", m.find("Kiev").get(0).actorId());
        assertEquals("russia", d.get(m.find("Peskov").get(0).actorId()).orElseThrow().affiliation());
        assertEquals("united_kingdom", m.find("London").get(0).actorId());
        assertEquals("united_states", m.find("the White House").get(0).actorId());
    }
}
