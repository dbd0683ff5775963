package org.thirdsectoratlas.security.domain;

/** The request needs an authenticated caller (or the credentials given are wrong): a 401 problem. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String detail) {
        super(detail);
    }
}
