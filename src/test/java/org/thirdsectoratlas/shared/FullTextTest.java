package org.thirdsectoratlas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.shared.infrastructure.FullText;

class FullTextTest {

    @Test
    void eachWordMustMatchAsAWordOrAPrefix() {
        assertEquals("+(leeds leeds*) +(gate gate*)", FullText.query("  Leeds   GATE "));
    }

    @Test
    void everyLuceneOperatorCharacterIsEscapedAndOperatorWordsAreLowercased() {
        assertEquals("+(\\*\\:\\* \\*\\:\\**) +(or or*) +(a\\&\\&b\\|\\|c a\\&\\&b\\|\\|c*)",
                FullText.query("*:* OR a&&b||c"));
        assertEquals("+(\\(x\\)\\[y\\]\\{z\\}\\^\\~\\?\\!\\\"\\/\\\\\\+\\- "
                        + "\\(x\\)\\[y\\]\\{z\\}\\^\\~\\?\\!\\\"\\/\\\\\\+\\-*)",
                FullText.query("(x)[y]{z}^~?!\"/\\+-"));
    }

    @Test
    void noWordsIsNoQuery() {
        assertNull(FullText.query(null));
        assertNull(FullText.query("   "));
    }
}
