package org.thirdsectoratlas.security.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.security.auth.Subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;

import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.Roles;

/**
 * Checks a user name and password against the server's user registry (the development basicRegistry, or
 * LDAP in production) through the servlet login, and reads the user's groups from the Liberty subject.
 */
@ApplicationScoped
public class LibertyUserRegistry {

    public Optional<Caller> authenticate(HttpServletRequest request, String user, String password) {
        try {
            request.login(user, password);
        } catch (ServletException e) {
            return Optional.empty();
        }
        try {
            List<String> groups = groups();
            return Optional.of(new Caller(user, Roles.roles(groups), Roles.organisations(groups)));
        } finally {
            logout(request);
        }
    }

    /** Liberty group ids look like "group:realm/name"; the name is what the roles convention reads. */
    private static List<String> groups() {
        try {
            Subject subject = WSSubject.getCallerSubject();
            List<String> names = new ArrayList<>();
            if (subject == null) {
                return names;
            }
            for (WSCredential credential : subject.getPublicCredentials(WSCredential.class)) {
                for (Object id : credential.getGroupIds()) {
                    String group = id.toString();
                    names.add(group.substring(group.lastIndexOf('/') + 1));
                }
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the user's groups", e);
        }
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // the token is what the caller keeps; a lingering container login changes nothing
        }
    }
}
