package dev.connectonboard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * The Kafka Connect REST API of a self-managed department's workers, in memory, for the offline cycle (the
 * workers' ECS service exists only in the AWS stand-in's cloud). It answers what connect-onboard's
 * {@code connectonboard_connector} asks, with Kafka Connect's response shapes (docs: "Kafka Connect REST
 * Interface"): connectors with their config and target state, created with {@code initial_state}, config replaced,
 * paused, resumed, stopped, deleted; plugin validation without errors. It requires HTTP basic authentication, as the
 * workers' basic-auth REST extension does. That connectors really run is proven against a real worker elsewhere.
 */
final class StandInConnectWorker implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Connector> connectors = new TreeMap<>();

    private record Connector(Map<String, String> config, String state) {
        Connector with(String newState) {
            return new Connector(config, newState);
        }
    }

    private StandInConnectWorker(HttpServer server) {
        this.server = server;
    }

    static StandInConnectWorker start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "stand-in-connect-worker");
                thread.setDaemon(true);
                return thread;
            }));
            StandInConnectWorker worker = new StandInConnectWorker(server);
            server.createContext("/", worker::handle);
            server.start();
            return worker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the connectonboard provider is pointed at. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Connector names and their target states, for tests' assertions. */
    synchronized Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        connectors.forEach((name, connector) -> states.put(name, connector.state()));
        return states;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestHeaders().getFirst("Authorization") == null
                    || !exchange.getRequestHeaders().getFirst("Authorization").startsWith("Basic ")) {
                reply(exchange, 401, error(401, "User cannot access the resource."));
                return;
            }
            String method = exchange.getRequestMethod();
            String[] path = exchange.getRequestURI().getRawPath().replaceAll("^/+|/+$", "").split("/");
            for (int i = 0; i < path.length; i++) {
                path[i] = URLDecoder.decode(path[i], StandardCharsets.UTF_8);
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            synchronized (this) {
                route(exchange, method, path.length == 1 && path[0].isEmpty() ? new String[0] : path, request);
            }
        }
    }

    private void route(HttpExchange exchange, String method, String[] path, JsonNode request) throws IOException {
        if (path.length == 0) {
            reply(exchange, 200, JSON.createObjectNode().put("version", "3.9.1").put("commit", "stand-in")
                    .put("kafka_cluster_id", "stand-in-cluster"));
        } else if (path[0].equals("connector-plugins")) {
            if (path.length == 4 && method.equals("PUT")) {
                reply(exchange, 200, validation(path[1], request));
            } else {
                reply(exchange, 200, JSON.createArrayNode());
            }
        } else if (path[0].equals("connectors") && path.length == 1) {
            if (method.equals("POST")) {
                create(exchange, request);
            } else {
                reply(exchange, 200, listing(exchange.getRequestURI().getRawQuery()));
            }
        } else if (path[0].equals("connectors")) {
            String name = path[1];
            Connector connector = connectors.get(name);
            String part = path.length > 2 ? path[2] : "";
            if (connector == null && !(part.equals("config") && method.equals("PUT"))) {
                reply(exchange, 404, error(404, "Connector " + name + " not found"));
                return;
            }
            switch (method + " " + part) {
                case "GET " -> reply(exchange, 200, info(name, connector));
                case "GET status" -> reply(exchange, 200, status(name, connector));
                case "GET config" -> reply(exchange, 200, JSON.valueToTree(connector.config()));
                case "PUT config" -> {
                    boolean created = connector == null;
                    Map<String, String> config = strings(request);
                    config.put("name", name);
                    connectors.put(name, new Connector(config, created ? "RUNNING" : connector.state()));
                    reply(exchange, created ? 201 : 200, info(name, connectors.get(name)));
                }
                case "PUT pause" -> state(exchange, name, connector, "PAUSED");
                case "PUT resume" -> state(exchange, name, connector, "RUNNING");
                case "PUT stop" -> state(exchange, name, connector, "STOPPED");
                case "DELETE " -> {
                    connectors.remove(name);
                    reply(exchange, 204, null);
                }
                default -> reply(exchange, 405, error(405, "HTTP " + method + " not allowed on /connectors/" + name
                        + "/" + part));
            }
        } else {
            reply(exchange, 404, error(404, "HTTP 404 Not Found"));
        }
    }

    private void create(HttpExchange exchange, JsonNode request) throws IOException {
        String name = request.path("name").asText();
        if (connectors.containsKey(name)) {
            reply(exchange, 409, error(409, "Connector " + name + " already exists"));
            return;
        }
        Map<String, String> config = strings(request.path("config"));
        config.put("name", name);
        connectors.put(name, new Connector(config, request.path("initial_state").asText("RUNNING")));
        reply(exchange, 201, info(name, connectors.get(name)));
    }

    private void state(HttpExchange exchange, String name, Connector connector, String state) throws IOException {
        connectors.put(name, connector.with(state));
        reply(exchange, 202, null);
    }

    private JsonNode listing(String query) {
        boolean withInfo = query != null && query.contains("expand=info");
        boolean withStatus = query != null && query.contains("expand=status");
        if (!withInfo && !withStatus) {
            ArrayNode names = JSON.createArrayNode();
            connectors.keySet().forEach(names::add);
            return names;
        }
        ObjectNode all = JSON.createObjectNode();
        connectors.forEach((name, connector) -> {
            ObjectNode entry = all.putObject(name);
            if (withInfo) {
                entry.set("info", info(name, connector));
            }
            if (withStatus) {
                entry.set("status", status(name, connector));
            }
        });
        return all;
    }

    private static ObjectNode info(String name, Connector connector) {
        ObjectNode info = JSON.createObjectNode().put("name", name);
        info.set("config", JSON.valueToTree(connector.config()));
        info.putArray("tasks").addObject().put("connector", name).put("task", 0);
        return info.put("type", type(connector.config()));
    }

    private static ObjectNode status(String name, Connector connector) {
        ObjectNode status = JSON.createObjectNode().put("name", name);
        status.putObject("connector").put("state", connector.state()).put("worker_id", "127.0.0.1:8083");
        ArrayNode tasks = status.putArray("tasks");
        if (!connector.state().equals("STOPPED")) {
            tasks.addObject().put("id", 0).put("state", connector.state()).put("worker_id", "127.0.0.1:8083");
        }
        return status.put("type", type(connector.config()));
    }

    private static JsonNode validation(String connectorClass, JsonNode config) {
        ObjectNode answer = JSON.createObjectNode().put("name", connectorClass).put("error_count", 0);
        answer.putArray("groups");
        ArrayNode configs = answer.putArray("configs");
        config.fields().forEachRemaining(entry -> {
            ObjectNode value = configs.addObject().putObject("value");
            value.put("name", entry.getKey()).put("value", entry.getValue().asText()).put("visible", true);
            value.putArray("recommended_values");
            value.putArray("errors");
        });
        return answer;
    }

    private static String type(Map<String, String> config) {
        return config.getOrDefault("connector.class", "").contains("Sink") ? "sink" : "source";
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new TreeMap<>();
        object.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        return values;
    }

    private static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
