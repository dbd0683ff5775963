package org.thirdsectoratlas.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;

/** API calls with JSON bodies, as an anonymous caller or as a demo user (bearer token). */
public final class Api {

    private Api() {
    }

    public static HttpRequest.Builder request(String method, String path, String json, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Http.uri(path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (user != null) {
            builder.header("Authorization", "Bearer " + DemoUsers.token(user));
        }
        return builder;
    }

    public static HttpResponse<String> call(String method, String path, String json, String user) {
        return Http.send(request(method, path, json, user).build());
    }

    public static HttpResponse<String> get(String path, String user) {
        return call("GET", path, null, user);
    }

    public static HttpResponse<String> post(String path, String json, String user) {
        return call("POST", path, json, user);
    }

    /**
     * Retires (as a moderator) organisations a test registered through the API. The server's graph is shared by
     * every integration test of a run, and later ones (insights counts, the directory) expect the Leeds seed's
     * numbers; a retired organisation is absent from every read.
     */
    public static void retire(Collection<String> organisationIds) {
        for (String id : organisationIds) {
            post("api/organisations/" + id + "/retire", null, DemoUsers.MODERATOR);
        }
    }
}
