package dev.connectonboard.plangate;

/**
 * Which department and platform a plan belongs to, read from the root output {@code connect_onboard} that
 * {@code generate} writes into every department root ({@code templates/root/outputs.tf.ftl}).
 */
public record PlanMarker(String department, String platform) {
    /** The name of the root output that carries the marker. */
    public static final String OUTPUT = "connect_onboard";
}
