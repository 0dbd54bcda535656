package dev.connectonboard.confluent;

import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Adds HTTP Basic with the Cloud API key (username) and secret (password) to every request. */
final class BasicAuthInterceptor implements Interceptor {
    private final String header;

    BasicAuthInterceptor(ApiCredentials credentials) {
        this.header = Credentials.basic(credentials.key(), credentials.secret(), StandardCharsets.UTF_8);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder().header("Authorization", header).build();
        return chain.proceed(request);
    }

    @Override
    public String toString() {
        return "BasicAuthInterceptor[credentials hidden]";
    }
}
