package org.thirdsectoratlas.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
}
