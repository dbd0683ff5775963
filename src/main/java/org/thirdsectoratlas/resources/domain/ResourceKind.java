package org.thirdsectoratlas.resources.domain;

/** What kind of thing is shared. */
public enum ResourceKind {
    PREMISES, STAFF, TRAINING, TRANSLATION, BACK_OFFICE, EXPERTISE, EQUIPMENT
}
