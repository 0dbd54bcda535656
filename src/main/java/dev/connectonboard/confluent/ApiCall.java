package dev.connectonboard.confluent;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;

/**
 * One request and what to tell the user if it fails.
 *
 * @param subject      what was being read, for messages ("the connectors of cluster lkc-1 in env-2")
 * @param roleHint     the role that allows the read, named in 403 messages
 * @param notFoundHint what to check on a 404
 */
record ApiCall(String method, HttpUrl url, RequestBody body, String subject, String roleHint, String notFoundHint) {

    static ApiCall get(HttpUrl url, String subject, String roleHint, String notFoundHint) {
        return new ApiCall("GET", url, null, subject, roleHint, notFoundHint);
    }

    static ApiCall post(HttpUrl url, RequestBody body, String subject, String roleHint, String notFoundHint) {
        return new ApiCall("POST", url, body, subject, roleHint, notFoundHint);
    }

    ApiCall withUrl(HttpUrl other) {
        return new ApiCall(method, other, body, subject, roleHint, notFoundHint);
    }

    /** "GET /connect/v1/...?expand=info,status,id": what a user needs to find the call, never credentials. */
    String describe() {
        String query = url.query();
        return method + " " + url.encodedPath() + (query == null ? "" : "?" + query);
    }
}
