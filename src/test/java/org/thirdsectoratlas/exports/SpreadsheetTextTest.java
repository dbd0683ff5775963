package org.thirdsectoratlas.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.exports.domain.SpreadsheetText;

class SpreadsheetTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+44 113 000|'+44 113 000",
            "-2|'-2",
            "@SUM(A1)|'@SUM(A1)",
            "Leeds GATE|Leeds GATE",
            "a=b|a=b",
            "'already quoted|'already quoted"})
    void aCellThatASpreadsheetWouldRunGetsALeadingQuoteAndOthersStayAsTheyAre(String value, String written) {
        assertEquals(written, SpreadsheetText.safe(value));
    }

    @ParameterizedTest
    @CsvSource({"'\t=cmd'", "'\r=cmd'"})
    void aLeadingTabOrCarriageReturnIsQuotedToo(String value) {
        assertEquals("'" + value, SpreadsheetText.safe(value));
    }
}
