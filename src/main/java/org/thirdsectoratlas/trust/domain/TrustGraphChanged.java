package org.thirdsectoratlas.trust.domain;

/** A CDI event that whoever writes ties of trust fires, so that insights computed ahead are refreshed. */
public record TrustGraphChanged(String reason) {
}
