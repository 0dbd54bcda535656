package dev.connectonboard.plangate;

/** A change traced to the descriptor: what it is about and the line that causes it (null for a removed department). */
record Trace(Subject subject, Source source) {
}
