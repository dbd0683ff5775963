package org.thirdsectoratlas.security.domain;

/** The caller is known but may not do this (e.g. a member of A editing B): a 403 problem. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
