package org.thirdsectoratlas.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.seed.domain.CsvReader;
import org.thirdsectoratlas.seed.domain.CsvRecord;
import org.thirdsectoratlas.seed.domain.SeedFormatException;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsAndKeepsPhysicalLineNumbers() {
        String csv = "# a comment line\n"
                + "id,name,sourceQuote\n"
                + "a,\"Leeds GATE, and friends\",\"He said \"\"yes\"\"\"\n"
                + "\n"
                + "b,,plain\n";
        List<CsvRecord> records = CsvReader.read("x.csv", new StringReader(csv));

        assertEquals(3, records.size());
        assertEquals(2, records.get(0).line());
        assertEquals(List.of("a", "Leeds GATE, and friends", "He said \"yes\""), records.get(1).fields());
        assertEquals(3, records.get(1).line());
        assertEquals(List.of("b", "", "plain"), records.get(2).fields());
        assertEquals(5, records.get(2).line());
    }

    @Test
    void aQuotedFieldMaySpanLinesAndIsReportedAtItsFirstLine() {
        List<CsvRecord> records = CsvReader.read("x.csv", new StringReader("id\n\"two\nlines\"\nnext\n"));
        assertEquals("two\nlines", records.get(1).fields().get(0));
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line());
    }

    @Test
    void anUnclosedQuoteNamesFileAndLine() {
        var e = assertThrows(SeedFormatException.class,
                () -> CsvReader.read("nodes/Organisation.csv", new StringReader("id,name\na,\"open\n")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("nodes/Organisation.csv line 2:"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        var e = assertThrows(SeedFormatException.class,
                () -> CsvReader.read("f.csv", new StringReader("id\n\"a\"b\n")));
        assertEquals(2, e.line());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        List<CsvRecord> records = CsvReader.read("x.csv", new StringReader("\uFEFFid,name\na,b\n"));
        assertEquals(List.of("id", "name"), records.get(0).fields());
        assertEquals(2, records.get(1).line());
    }
}
