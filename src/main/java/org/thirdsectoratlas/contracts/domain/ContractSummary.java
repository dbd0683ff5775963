package org.thirdsectoratlas.contracts.domain;

/** A line of the contract list; commissioner is the commissioner's name. */
public record ContractSummary(String id, String name, Double value, String startDate, String endDate,
                              String commissioner, long deliverers) {
}
