package org.thirdsectoratlas.insights.domain;

public interface SummaryRepository {

    Summary compute();
}
