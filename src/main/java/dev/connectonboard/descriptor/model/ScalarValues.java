package dev.connectonboard.descriptor.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string map whose values may be written as any YAML scalar (`flush.size: 1000`); they are read as strings,
 * because connector and topic configs are strings in Confluent Cloud.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface ScalarValues {
}
