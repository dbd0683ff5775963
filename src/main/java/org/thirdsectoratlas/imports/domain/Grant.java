package org.thirdsectoratlas.imports.domain;

/**
 * One 360Giving grant, from the JSON package or a flat CSV/XLSX row, before it becomes graph records.
 */
public record Grant(String identifier, String title, double amount, String currency, String awardDate,
                    Party recipient, Party funder, String programmeTitle, String beneficiaryLocation, Origin origin) {

    /** An organisation as the grant names it: its 360Giving identifier, name and registry numbers. */
    public record Party(String identifier, String name, String charityNumber, String companyNumber) {
    }
}
