package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CacheOptionsTest {

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals(20L << 30, CacheOptions.ByteSize.parse("20g"));
        assertEquals(512L << 20, CacheOptions.ByteSize.parse("512M"));
        assertEquals(1536L << 20, CacheOptions.ByteSize.parse("1.5g"));
        assertEquals(2L << 40, CacheOptions.ByteSize.parse("2tb"));
        assertEquals(1000, CacheOptions.ByteSize.parse("1000"));
        assertEquals(0, CacheOptions.ByteSize.parse("0"));
        for (String bad : new String[] {"", "g", "-1g", "lots", "1x"}) {
            CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                    () -> CacheOptions.ByteSize.parse(bad), bad);
            assertTrue(e.getMessage().contains("e.g. 20g"), e.getMessage());
        }
    }

    @Test
    void sizesAreWrittenInTheirLargestWholeUnit() {
        assertEquals("20g", CacheOptions.ByteSize.format(20L << 30));
        assertEquals("1536m", CacheOptions.ByteSize.format(1536L << 20));
        assertEquals("1000", CacheOptions.ByteSize.format(1000));
        assertEquals("0", CacheOptions.ByteSize.format(0));
    }

    @Test
    void theCacheLivesInTheOutputFolderUnlessNamed() {
        assertEquals("reports/.cache", CacheOptions.DEFAULT.dirFor("reports/"));
        assertEquals("s3a://bucket/cache", new CacheOptions("s3a://bucket/cache", true, false, 0).dirFor("reports"));
        assertThrows(InvalidParameterException.class, () -> new CacheOptions(" ", true, false, 0));
    }
}
