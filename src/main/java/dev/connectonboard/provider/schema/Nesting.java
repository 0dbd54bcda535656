package dev.connectonboard.provider.schema;

/**
 * How many objects a nested block or nested attribute holds, and in what collection: Terraform's nesting modes.
 * {@code GROUP} (blocks only) is like {@code SINGLE} but never null: an absent block reads as an object of nulls.
 */
public enum Nesting {
    SINGLE, LIST, SET, MAP, GROUP
}
