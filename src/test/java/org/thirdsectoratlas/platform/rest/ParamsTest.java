package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.shared.domain.Formality;
import org.thirdsectoratlas.shared.domain.PageRequest;

class ParamsTest {

    @Test
    void anEnumValueIsCaseInsensitiveAndAnUnknownOneNamesTheParameterAndTheChoices() {
        assertEquals(Formality.SEMI_FORMAL, Params.choice("formality", "semi-formal", Formality.class));
        assertNull(Params.choice("formality", " ", Formality.class));
        var e = assertThrows(InvalidParameterException.class, () -> Params.choice("kind", "PUB", Formality.class));
        assertEquals("kind", e.parameter());
        assertTrue(e.getMessage().contains("INFORMAL, SEMI_FORMAL, FORMAL"), e.getMessage());
    }

    @Test
    void searchTextNeedsSomethingToSearchFor() {
        assertEquals("age uk", Params.searchText("q", " age uk "));
        assertNull(Params.searchText("q", ""));
        assertEquals("q", assertThrows(InvalidParameterException.class, () -> Params.searchText("q", "*?")).parameter());
        assertThrows(InvalidParameterException.class, () -> Params.searchText("q", "a".repeat(201)));
    }

    @Test
    void pagingHasDefaultsAndAHardMaximum() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), new PageParams(null, null).request());
        assertEquals("size", assertThrows(InvalidParameterException.class,
                () -> new PageParams("0", "101").request()).parameter());
        assertEquals("page", assertThrows(InvalidParameterException.class,
                () -> new PageParams("x", "10").request()).parameter());
    }

    @Test
    void flagsAreTrueOrFalse() {
        assertTrue(Params.bool("survey", "TRUE", false));
        assertEquals("survey", assertThrows(InvalidParameterException.class,
                () -> Params.bool("survey", "yes", false)).parameter());
    }
}
