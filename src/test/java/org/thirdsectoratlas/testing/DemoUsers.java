package org.thirdsectoratlas.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The development accounts of server-config/dev-users.xml, logged in over HTTP. Passwords are read from
 * that file (or the environment variable that overrides them), so they are written down in one place only.
 */
public final class DemoUsers {

    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    public static final String MEMBER_LEEDS_GATE = "member-leeds-gate";
    public static final String MEMBER_BASIS = "member-basis";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private DemoUsers() {
    }

    public static String password(String user) {
        String variable = "atlas.dev.password." + user;
        String env = System.getenv(variable.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        if (env != null) {
            return env;
        }
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("server-config", "dev-users.xml").toFile());
            NodeList variables = document.getElementsByTagName("variable");
            for (int i = 0; i < variables.getLength(); i++) {
                Element element = (Element) variables.item(i);
                if (variable.equals(element.getAttribute("name"))) {
                    return element.getAttribute("defaultValue");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read server-config/dev-users.xml", e);
        }
        throw new IllegalArgumentException("No demo user " + user);
    }

    /** POST /api/auth/token as a form, as the README's curl call does. */
    public static HttpRequest tokenRequest(String user, String password) {
        String form = "user=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(Http.uri("api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** A bearer token for a demo user (cached: tokens last an hour). */
    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            var response = Http.send(tokenRequest(u, password(u)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + u + ": " + response.statusCode() + " " + response.body());
            }
            return Http.json(response).getString("access_token");
        });
    }
}
