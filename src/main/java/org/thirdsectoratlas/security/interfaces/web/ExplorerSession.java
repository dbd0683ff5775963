package org.thirdsectoratlas.security.interfaces.web;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.thirdsectoratlas.security.domain.Caller;

/**
 * Who is signed in to the explorer: kept in the HTTP session after the login form checked the password against
 * the server's user registry (docs/security.md, "Explorer login"). The API never reads it: /api takes bearer
 * tokens only, so the session cookie lends no authority there.
 */
@RequestScoped
public class ExplorerSession {

    static final String ATTRIBUTE = "atlas.signedIn";

    private HttpServletRequest request;

    protected ExplorerSession() {
        // for CDI proxies
    }

    @Inject
    public ExplorerSession(HttpServletRequest request) {
        this.request = request;
    }

    /** What is kept in the session: plain serialisable values, turned back into a Caller on each request. */
    record SignedIn(String user, HashSet<String> roles, HashSet<String> organisations) implements Serializable {
    }

    public Caller caller() {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof SignedIn s ? new Caller(s.user(), s.roles(), s.organisations()) : Caller.anonymous();
    }

    /** A new session id on sign-in, so a session id planted before the login is worth nothing (fixation). */
    public void signIn(Caller caller) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, new SignedIn(caller.user(),
                new HashSet<>(caller.roles()), new HashSet<>(caller.organisations())));
    }

    public void signOut() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public Set<String> organisations() {
        return caller().organisations();
    }
}
