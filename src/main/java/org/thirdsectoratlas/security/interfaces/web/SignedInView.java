package org.thirdsectoratlas.security.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.security.domain.Caller;

/** The header's "Log in" / "user · Log out" and what pages ask about the signed-in user. */
@Named
@RequestScoped
public class SignedInView {

    private ExplorerSession session;

    protected SignedInView() {
        // for CDI proxies
    }

    @Inject
    public SignedInView(ExplorerSession session) {
        this.session = session;
    }

    public Caller getCaller() {
        return session.caller();
    }

    public boolean isSignedIn() {
        return session.caller().isAuthenticated();
    }

    public String getUser() {
        return session.caller().user();
    }
}
