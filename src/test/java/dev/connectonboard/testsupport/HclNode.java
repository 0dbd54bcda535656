package dev.connectonboard.testsupport;

import java.util.List;
import java.util.Optional;

/**
 * One block or attribute of an HCL file, as written (nothing evaluated).
 *
 * @param kind       block or attribute
 * @param name       block type ({@code resource}, {@code environment}) or attribute name
 * @param labels     block labels ({@code ["confluent_kafka_acl", "x"]}); empty for attributes
 * @param line       1-based line in the file
 * @param children   nested blocks and attributes of a block; empty for attributes
 * @param literal    the value of an attribute written as a plain string/number/bool literal
 * @param references every reference in an attribute's expression, split into its names
 *                   ({@code module.x[0].y} becomes {@code [module, x, y]})
 */
public record HclNode(Kind kind, String name, List<String> labels, int line, List<HclNode> children,
                      Optional<Object> literal, List<List<String>> references) {

    public enum Kind { BLOCK, ATTRIBUTE }

    public boolean isBlock() {
        return kind == Kind.BLOCK;
    }

    public boolean isAttribute() {
        return kind == Kind.ATTRIBUTE;
    }

    public List<HclNode> blocks(String type) {
        return children.stream().filter(c -> c.isBlock() && c.name.equals(type)).toList();
    }

    public Optional<HclNode> attribute(String attributeName) {
        return children.stream().filter(c -> c.isAttribute() && c.name.equals(attributeName)).findFirst();
    }

    /** The attribute's value when written as a plain string literal. */
    public Optional<String> literalString(String attributeName) {
        return attribute(attributeName).flatMap(HclNode::literal).filter(String.class::isInstance).map(String.class::cast);
    }

    public String label(int index) {
        return index < labels.size() ? labels.get(index) : "";
    }
}
