package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.spi.Values;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * hashicorp/aws 5.100.0, as far as a stand-in needs it. {@code ForceNew} facts for the resource types the modules
 * use, from the provider's source (internal/service/&lt;service&gt;/&lt;resource&gt;.go, e.g. iam/role.go,
 * ecs/task_definition.go, secretsmanager/secret_version.go); other types update in place. {@code tags_all} is
 * planned as the provider does ({@code default_tags} merged with {@code tags}, internal/tags). Policy documents are
 * rendered from their statements, as the data source does at plan time.
 */
final class AwsFlavour implements Flavour {
    static final String SOURCE = "registry.terraform.io/hashicorp/aws";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DEFAULT_ACCOUNT = "123456789012";

    /** ForceNew attributes and blocks, by resource type (5.x source). */
    static final Map<String, Set<String>> FORCE_NEW = Map.ofEntries(
            Map.entry("aws_iam_role", Set.of("name", "name_prefix", "path")),
            Map.entry("aws_iam_role_policy", Set.of("name", "name_prefix", "role")),
            Map.entry("aws_iam_role_policy_attachment", Set.of("role", "policy_arn")),
            Map.entry("aws_iam_policy", Set.of("name", "name_prefix", "path")),
            Map.entry("aws_cloudwatch_log_group", Set.of("name", "name_prefix", "log_group_class")),
            Map.entry("aws_ecs_cluster", Set.of("name")),
            Map.entry("aws_ecs_service", Set.of("name", "cluster", "iam_role", "launch_type", "scheduling_strategy",
                    "deployment_controller", "deployment_controller.type")),
            Map.entry("aws_ecs_task_definition", Set.of("family", "container_definitions", "cpu", "memory",
                    "network_mode", "task_role_arn", "execution_role_arn", "requires_compatibilities",
                    "runtime_platform", "runtime_platform.cpu_architecture",
                    "runtime_platform.operating_system_family", "volume", "placement_constraints",
                    "proxy_configuration", "ephemeral_storage", "ipc_mode", "pid_mode", "inference_accelerator")),
            Map.entry("aws_secretsmanager_secret", Set.of("name", "name_prefix")),
            Map.entry("aws_secretsmanager_secret_version", Set.of("secret_id", "secret_string", "secret_binary",
                    "secret_string_wo_version")),
            Map.entry("aws_vpc_endpoint_service_allowed_principal", Set.of("vpc_endpoint_service_id",
                    "principal_arn")),
            Map.entry("aws_security_group", Set.of("name", "name_prefix", "vpc_id", "description")),
            Map.entry("aws_service_discovery_private_dns_namespace", Set.of("name", "vpc")),
            Map.entry("aws_service_discovery_service", Set.of("name", "namespace_id")),
            Map.entry("aws_lb", Set.of("name", "name_prefix", "internal", "load_balancer_type")),
            Map.entry("aws_lb_target_group", Set.of("name", "name_prefix", "port", "protocol", "vpc_id",
                    "target_type")));

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public Set<String> forceNew(String resourceType) {
        return FORCE_NEW.getOrDefault(resourceType, Set.of());
    }

    @Override
    public String string(String type, String path, Map<String, Object> root, Values provider, String hash) {
        String region = region(provider);
        String account = account(provider);
        String name = root.get("name") instanceof String text ? text
                : root.get("family") instanceof String text ? text
                : root.get("name_prefix") instanceof String prefix ? prefix + digitsOf(hash, 26)
                : "terraform-" + digitsOf(hash, 26);
        String service = type.split("_")[1];
        switch (path) {
            case "name":
                return name;
            case "id":
                return switch (type) {
                    case "aws_iam_role", "aws_cloudwatch_log_group", "aws_iam_policy_document",
                         "aws_ecs_task_definition", "aws_security_group_rule" -> type.equals("aws_iam_policy_document")
                            ? ConfluentFlavour.digits(hash, 10) : name;
                    case "aws_iam_role_policy" -> root.get("role") + ":" + name;
                    case "aws_ecs_cluster", "aws_ecs_service", "aws_secretsmanager_secret" ->
                            arn(type, root, region, account, name, hash);
                    case "aws_secretsmanager_secret_version" -> root.get("secret_id") + "|"
                            + ConfluentFlavour.uuid(hash).toUpperCase();
                    case "aws_vpc_endpoint_service_allowed_principal" -> "vpce-svc-perm-" + hash.substring(0, 17);
                    case "aws_caller_identity" -> account;
                    case "aws_region" -> region;
                    default -> name;
                };
            case "arn":
                return arn(type, root, region, account, name, hash);
            case "arn_without_revision":
                return "arn:aws:ecs:" + region + ":" + account + ":task-definition/" + name;
            case "unique_id":
                return "AROA" + Fabricator.alphanumeric(hash, 17, true);
            case "create_date", "created_date":
                return "2024-01-01T00:00:00Z";
            case "version_id":
                return ConfluentFlavour.uuid(hash).toUpperCase();
            case "account_id", "owner_id":
                return account;
            case "region":
                return region;
            case "partition":
                return "aws";
            default:
                return service.equals("vpc") && path.endsWith("_id") ? "vpc-" + hash.substring(0, 17) : null;
        }
    }

    private static String arn(String type, Map<String, Object> root, String region, String account, String name,
                              String hash) {
        return switch (type) {
            case "aws_iam_role" -> "arn:aws:iam::" + account + ":role" + (root.get("path") instanceof String path
                    ? path : "/") + name;
            case "aws_iam_policy" -> "arn:aws:iam::" + account + ":policy/" + name;
            case "aws_cloudwatch_log_group" -> "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
            case "aws_ecs_cluster" -> "arn:aws:ecs:" + region + ":" + account + ":cluster/" + name;
            case "aws_ecs_task_definition" -> "arn:aws:ecs:" + region + ":" + account + ":task-definition/" + name
                    + ":1";
            case "aws_ecs_service" -> "arn:aws:ecs:" + region + ":" + account + ":service/"
                    + lastSegment(root.get("cluster")) + "/" + name;
            case "aws_secretsmanager_secret" -> "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + name
                    + "-" + Fabricator.alphanumeric(hash, 6, false);
            case "aws_secretsmanager_secret_version" -> root.get("secret_id") instanceof String id
                    && id.startsWith("arn:") ? id : "arn:aws:secretsmanager:" + region + ":" + account + ":secret:"
                    + root.get("secret_id") + "-" + Fabricator.alphanumeric(hash, 6, false);
            default -> "arn:aws:" + type.split("_")[1] + ":" + region + ":" + account + ":"
                    + type.replaceFirst("^aws_[a-z0-9]+_", "").replace('_', '-') + "/" + name;
        };
    }

    /** tags_all = the provider's default_tags with the resource's tags over them, known when both are known. */
    @Override
    public void adjustPlan(String resourceType, Map<String, Object> planned, Values provider) {
        if (!planned.containsKey("tags_all")) {
            return;
        }
        Object tags = planned.get("tags");
        Object defaults = defaultTags(provider);
        if (tags == Unknown.VALUE || defaults == Unknown.VALUE || !dev.connectonboard.provider.cty.CtyValues
                .isWhollyKnown(tags) || !dev.connectonboard.provider.cty.CtyValues.isWhollyKnown(defaults)) {
            planned.put("tags_all", Unknown.VALUE);
            return;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        if (defaults instanceof Map<?, ?> map) {
            map.forEach((key, value) -> all.put(String.valueOf(key), value));
        }
        if (tags instanceof Map<?, ?> map) {
            map.forEach((key, value) -> all.put(String.valueOf(key), value));
        }
        planned.put("tags_all", all);
    }

    @Override
    public Optional<Map<String, Object>> computedDataSource(String type, Values config) {
        if (!type.equals("aws_iam_policy_document")) {
            return Optional.empty();
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("Version", config.string("version").orElse("2012-10-17"));
        config.string("policy_id").ifPresent(id -> document.put("Id", id));
        ArrayNode statements = document.putArray("Statement");
        for (Values statement : config.objects("statement")) {
            ObjectNode out = statements.addObject();
            statement.string("sid").ifPresent(sid -> out.put("Sid", sid));
            out.put("Effect", statement.string("effect").orElse("Allow"));
            putStrings(out, "Action", statement.strings("actions"));
            putStrings(out, "NotAction", statement.strings("not_actions"));
            putStrings(out, "Resource", statement.strings("resources"));
            putStrings(out, "NotResource", statement.strings("not_resources"));
            putPrincipals(out, "Principal", statement.objects("principals"));
            putPrincipals(out, "NotPrincipal", statement.objects("not_principals"));
            if (!statement.objects("condition").isEmpty()) {
                ObjectNode conditions = out.putObject("Condition");
                for (Values condition : statement.objects("condition")) {
                    ObjectNode test = conditions.has(condition.string("test").orElseThrow())
                            ? (ObjectNode) conditions.get(condition.string("test").get())
                            : conditions.putObject(condition.string("test").get());
                    putStrings(test, condition.string("variable").orElseThrow(), condition.strings("values"));
                }
            }
        }
        try {
            String json = JSON.writeValueAsString(document);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("json", json);
            values.put("minified_json", new ObjectMapper().writeValueAsString(document));
            values.put("id", ConfluentFlavour.digits(Fabricator.hash(json), 10));
            return Optional.of(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putPrincipals(ObjectNode out, String field, List<Values> principals) {
        if (principals.isEmpty()) {
            return;
        }
        ObjectNode node = out.putObject(field);
        for (Values principal : principals) {
            putStrings(node, principal.string("type").orElseThrow(), principal.strings("identifiers"));
        }
    }

    /** One value as a string, several as a list: the shape AWS writes. */
    private static void putStrings(ObjectNode out, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            out.put(field, values.iterator().next());
        } else {
            ArrayNode array = out.putArray(field);
            values.forEach(array::add);
        }
    }

    private static Object defaultTags(Values provider) {
        if (provider == null) {
            return null;
        }
        Object blocks = provider.get("default_tags");
        if (blocks == Unknown.VALUE) {
            return Unknown.VALUE;
        }
        if (blocks instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> block) {
            return block.get("tags");
        }
        return null;
    }

    private static String region(Values provider) {
        if (provider != null && !provider.isUnknown("region") && provider.string("region").isPresent()) {
            return provider.string("region").get();
        }
        return "eu-west-1";
    }

    private static String account(Values provider) {
        if (provider != null && provider.get("allowed_account_ids") instanceof Collection<?> ids && ids.size() == 1
                && ids.iterator().next() instanceof String id) {
            return id;
        }
        return DEFAULT_ACCOUNT;
    }

    private static String lastSegment(Object value) {
        String text = String.valueOf(value);
        return text.substring(text.lastIndexOf('/') + 1);
    }

    private static String digitsOf(String hash, int length) {
        return ConfluentFlavour.digits(hash + Fabricator.hash(hash), length);
    }

    @Override
    public ImportId parseImportId(String type, String id) {
        return switch (type) {
            case "aws_ecs_cluster" -> ImportId.of(Map.of("name", id));
            case "aws_ecs_service" -> id.contains("/") ? ImportId.of(Map.of("name", id.substring(id.indexOf('/') + 1)))
                    : ImportId.invalid("Expected <cluster name>/<service name>, got \"" + id + "\".");
            default -> ImportId.of(Map.of("id", id));
        };
    }
}
