/**
 * Operator tooling: {@code init} scaffolds a new department descriptor, {@code status} shows the live health of a
 * department's connectors (text, JSON, or one self-contained HTML page for every department).
 */
package dev.connectonboard.operator;
