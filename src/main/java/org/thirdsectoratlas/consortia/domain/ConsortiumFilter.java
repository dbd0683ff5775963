package org.thirdsectoratlas.consortia.domain;

/** What a consortium search asks for; null fields do not filter. */
public record ConsortiumFilter(String text, ConsortiumStructure structure, String partner) {
}
