package org.thirdsectoratlas.consortia.readiness.domain;

/**
 * MET: the graph shows it. NOT_SHOWN: the graph does not show it (which is not "no"). AT_RISK: the graph
 * shows the opposite or, for a key risk, that the risk applies to this consortium.
 */
public enum ReadinessStatus {
    MET, NOT_SHOWN, AT_RISK
}
