package dev.connectonboard.connect;

/** One installed plugin as {@code GET /connector-plugins} lists it. */
public record PluginInfo(String className, String type, String version) {
}
