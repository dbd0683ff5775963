package org.thirdsectoratlas.editing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract let by a commissioner (an organisation) and delivered by a consortium or an organisation, with
 * its value (GBP) and period as the graph model has them. The parties are fixed once recorded: a contract with
 * other parties is another contract.
 */
public record ContractDraft(
        @Pattern(regexp = OrganisationDraft.ID, message = "must be a lowercase slug of letters, digits and '-'")
        String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = OrganisationDraft.TEXT,
                message = "must not contain control characters") String name,
        @Size(max = 2000) @Pattern(regexp = OrganisationDraft.MULTILINE_TEXT,
                message = "must not contain control characters") String description,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("1000000000000")
        @Digits(integer = 13, fraction = 2, message = "must be pounds with at most 2 decimals") BigDecimal value,
        @Schema(format = "date") @Pattern(regexp = DATE, message = "must be a date such as 2024-04-01")
        String startDate,
        @Schema(format = "date") @Pattern(regexp = DATE, message = "must be a date such as 2027-03-31")
        String endDate,
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be an organisation id") String commissioner,
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be a consortium or organisation id")
        String deliveredBy) {

    public static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    public LocalDate start() {
        return date("startDate", startDate);
    }

    public LocalDate end() {
        return date("endDate", endDate);
    }

    /** Both dates are calendar dates and the contract does not end before it starts. */
    public void requireValidPeriod() {
        LocalDate start = start();
        LocalDate end = end();
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidEditException("endDate", "The contract cannot end before it starts.");
        }
    }

    /** The shape is checked by the pattern; this catches a shaped non-date such as 2025-02-30. */
    private static LocalDate date(String field, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEditException(field, "'" + text + "' is not a calendar date (yyyy-mm-dd).");
        }
    }
}
