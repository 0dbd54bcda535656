package dev.connectonboard.provider.cty;

/** A value of an attribute declared {@link CtyType#DYNAMIC}: such values carry their concrete type on the wire. */
public record TypedValue(CtyType type, Object value) {
}
