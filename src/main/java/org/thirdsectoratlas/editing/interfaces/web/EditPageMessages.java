package org.thirdsectoratlas.editing.interfaces.web;

import java.util.Comparator;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.security.domain.UnauthenticatedException;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * How edit pages answer what the API answers with a problem: the same rules, said as a message on the page
 * (and the API's status), never a stack trace. Drafts are validated with the same Bean Validation constraints.
 */
final class EditPageMessages {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private EditPageMessages() {
    }

    /** True when the draft is valid; otherwise one message per field, naming it. */
    static boolean valid(Object draft) {
        var violations = VALIDATOR.validate(draft);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> PageMessages.warn(v.getPropertyPath() + ": " + v.getMessage()));
        return violations.isEmpty();
    }

    /** The draft's broken rules, for a page that says each beside its field. */
    static <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> violations(T draft) {
        return VALIDATOR.validate(draft);
    }

    /** Runs a write; a refusal, conflict or bad field becomes a message and null. */
    static <T> T attempt(Supplier<T> write) {
        try {
            return write.get();
        } catch (UnauthenticatedException e) {
            PageMessages.warn("Log in first.");
        } catch (ForbiddenException e) {
            PageMessages.warn("Not allowed: " + e.getMessage());
        } catch (EditConflictException e) {
            PageMessages.warn(e.getMessage());
        } catch (InvalidEditException | InvalidParameterException e) {
            PageMessages.warn(e.getMessage());
        } catch (UnknownIdException e) {
            PageMessages.warn("No " + e.kind() + " has the id '" + e.id() + "'.");
        }
        return null;
    }
}
