package dev.connectonboard.confluent;

import com.fasterxml.jackson.core.type.TypeReference;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows {@code metadata.next} through a paged list. The next link is a full URL; only its {@code page_token} is
 * taken (the CLI and the Terraform provider do the same), so a proxy or test base URL is kept. Stops when
 * {@code next} is missing, null or empty; refuses a token seen before (it would loop forever); and restarts once
 * from the first page on a 400 mid-way, because page tokens expire.
 */
final class Paging {
    private static final int MAX_PAGES = 10_000;

    private final HttpExchange exchange;

    Paging(HttpExchange exchange) {
        this.exchange = exchange;
    }

    <T> List<T> collect(ApiCall first, TypeReference<Wire.Page<T>> pageType) {
        boolean restarted = false;
        List<T> items = new ArrayList<>();
        Set<String> tokensSeen = new HashSet<>();
        ApiCall call = first;
        while (true) {
            Wire.Page<T> page;
            try {
                page = exchange.send(call, body -> Wire.JSON.readValue(body, pageType));
            } catch (ConfluentApiException failure) {
                if (failure.status() == 400 && call != first && !restarted) {
                    restarted = true;
                    items.clear();
                    tokensSeen.clear();
                    call = first;
                    continue;
                }
                throw failure;
            }
            if (page == null || page.data() == null) {
                throw exchange.failures().untrustworthy(call, "the list has no \"data\" field");
            }
            items.addAll(page.data());
            String token = nextToken(call, page.metadata());
            if (token == null) {
                return items;
            }
            if (!tokensSeen.add(token) || tokensSeen.size() > MAX_PAGES) {
                throw exchange.failures().untrustworthy(call, "it sent page token '" + token
                        + "' again (or more than " + MAX_PAGES + " pages), so paging would never end");
            }
            call = call.withUrl(first.url().newBuilder().setQueryParameter("page_token", token).build());
        }
    }

    private String nextToken(ApiCall call, Wire.ListMeta metadata) {
        if (metadata == null || metadata.next() == null || metadata.next().isBlank()) {
            return null;
        }
        HttpUrl next = call.url().resolve(metadata.next().trim());
        String token = next == null ? null : next.queryParameter("page_token");
        if (token == null || token.isBlank()) {
            throw exchange.failures().untrustworthy(call, "its next-page link has no page_token: "
                    + metadata.next());
        }
        return token;
    }
}
