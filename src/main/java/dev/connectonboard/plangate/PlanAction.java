package dev.connectonboard.plangate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Terraform plans for one resource instance, from the {@code change.actions} array of {@code terraform show
 * -json} (Terraform's plans.Action: ["delete","create"] and ["create","delete"] are both a replace, the second with
 * create_before_destroy; ["create","forget"] replaces an object but leaves the old one in place, destroy = false).
 */
public enum PlanAction {
    NO_OP, READ, CREATE, UPDATE, DELETE, REPLACE, FORGET, CREATE_THEN_FORGET;

    /** The action the JSON array stands for; empty when it is not one Terraform writes (the plan is not trusted). */
    public static Optional<PlanAction> of(List<String> actions) {
        String joined = String.join(",", actions);
        return Optional.ofNullable(switch (joined) {
            case "no-op" -> NO_OP;
            case "read" -> READ;
            case "create" -> CREATE;
            case "update" -> UPDATE;
            case "delete" -> DELETE;
            case "delete,create", "create,delete" -> REPLACE;
            case "forget" -> FORGET;
            case "create,forget", "forget,create" -> CREATE_THEN_FORGET;
            default -> null;
        });
    }

    /** A resource object goes away: delete or replace (the cases that can lose data or offsets). */
    public boolean destroys() {
        return this == DELETE || this == REPLACE;
    }

    /** The word reports use: "delete", "replace", "create-then-forget". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
