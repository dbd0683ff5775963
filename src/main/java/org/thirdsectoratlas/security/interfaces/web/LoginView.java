package org.thirdsectoratlas.security.interfaces.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.security.application.LoginThrottle;
import org.thirdsectoratlas.security.infrastructure.LibertyUserRegistry;

/**
 * The explorer's login form (login.xhtml) and the header's logout button. The password is checked by the same
 * registry and throttle as POST /api/auth/token; the form is a Faces POST, so it carries the view state.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 200;

    private LibertyUserRegistry registry;
    private LoginThrottle throttle;
    private ExplorerSession session;
    private String user;
    private String password;
    private String next;

    protected LoginView() {
        // for CDI proxies
    }

    @Inject
    public LoginView(LibertyUserRegistry registry, LoginThrottle throttle, ExplorerSession session) {
        this.registry = registry;
        this.throttle = throttle;
        this.session = session;
    }

    public String login() throws IOException {
        if (user == null || password == null || user.isBlank() || user.length() > MAX_LENGTH
                || password.length() > MAX_LENGTH) {
            PageMessages.warn("Enter your user name and password.");
            return null;
        }
        if (throttle.isBlocked(user)) {
            PageMessages.warn("Too many failed logins for this user; wait a few minutes.");
            return null;
        }
        var context = FacesContext.getCurrentInstance().getExternalContext();
        var caller = registry.authenticate((HttpServletRequest) context.getRequest(), user, password);
        password = null;
        if (caller.isEmpty()) {
            throttle.failed(user);
            PageMessages.warn("The user name or password is wrong.");
            return null;
        }
        throttle.succeeded(user);
        session.signIn(caller.get());
        context.redirect(context.getRequestContextPath() + "/" + safeNext());
        return null;
    }

    public void logout() throws IOException {
        session.signOut();
        var context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + "/");
    }

    /** Only a page of this application, never another site (no open redirect). */
    private String safeNext() {
        return next != null && next.matches("[a-z-]+\\.xhtml(\\?[A-Za-z0-9=&._-]*)?") ? next : "my-organisation.xhtml";
    }

    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
