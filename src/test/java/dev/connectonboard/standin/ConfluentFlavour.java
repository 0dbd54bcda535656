package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.Values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * confluentinc/confluent 2.83, as far as a stand-in needs it. Facts from the provider's source: {@code ForceNew}
 * and validations from {@code confluent-provider/schema.json} (read from internal/provider/*.go), partitions_count
 * replaced when lowered ({@code customdiff.ForceNewIfChange} in resource_kafka_topic.go, default 6), import id
 * formats from the provider's docs (docs/resources/*.md, "Import"). Ids have the prefixes Confluent Cloud uses.
 */
final class ConfluentFlavour implements Flavour {
    private static final Pattern REGEXP_COMMENT = Pattern.compile("/\\* regexp: (.*) \\*/");
    /** The id prefix of objects Confluent Cloud creates, by resource type. */
    private static final Map<String, String> ID_PREFIXES = Map.ofEntries(
            Map.entry("confluent_service_account", "sa-"), Map.entry("confluent_environment", "env-"),
            Map.entry("confluent_kafka_cluster", "lkc-"), Map.entry("confluent_connector", "lcc-"),
            Map.entry("confluent_role_binding", "rb-"), Map.entry("confluent_provider_integration", "cspi-"),
            Map.entry("confluent_access_point", "ap-"), Map.entry("confluent_dns_record", "dnsrec-"),
            Map.entry("confluent_gateway", "gw-"), Map.entry("confluent_network", "n-"),
            Map.entry("confluent_private_link_attachment", "platt-"),
            Map.entry("confluent_custom_connector_plugin", "ccp-"),
            Map.entry("confluent_custom_connector_plugin_version", "ver-"),
            Map.entry("confluent_provider_integration_authorization", "cspi-"),
            Map.entry("confluent_provider_integration_setup", "cspi-"),
            Map.entry("confluent_organization", "org-"));
    /** What the cloud reports as each object's api_version and kind. */
    private static final Map<String, List<String>> API_VERSION_KIND = Map.of(
            "confluent_service_account", List.of("iam/v2", "ServiceAccount"),
            "confluent_environment", List.of("org/v2", "Environment"),
            "confluent_kafka_cluster", List.of("cmk/v2", "Cluster"));
    private static final String ORGANIZATION = "1111aaaa-11aa-11aa-11aa-111111aaaaaa";
    private static final String REGION = "eu-west-1";

    private final Map<String, Set<String>> forceNew;
    private final Map<String, Map<String, JsonNode>> resourceValidations;
    private final Map<String, Map<String, JsonNode>> dataSourceValidations;

    ConfluentFlavour(ConfluentSchemaJson schema) {
        this.forceNew = schema.forceNew();
        this.resourceValidations = schema.validations(true);
        this.dataSourceValidations = schema.validations(false);
    }

    @Override
    public String name() {
        return "confluent";
    }

    @Override
    public Set<String> forceNew(String resourceType) {
        return forceNew.getOrDefault(resourceType, Set.of());
    }

    @Override
    public boolean forcesNewIfChanged(String resourceType, String path, Object prior, Object planned) {
        if (resourceType.equals("confluent_kafka_topic") && path.equals("partitions_count")
                && !(planned instanceof dev.connectonboard.provider.cty.Unknown)) {
            BigDecimal old = prior == null ? BigDecimal.valueOf(6) : (BigDecimal) prior;
            BigDecimal now = planned == null ? BigDecimal.valueOf(6) : (BigDecimal) planned;
            return now.compareTo(old) < 0;
        }
        return false;
    }

    @Override
    public String string(String type, String path, Map<String, Object> root, Values provider, String hash) {
        String environment = string(StandInResource.at(root, "environment.id"));
        if (path.equals("id")) {
            return switch (type) {
                case "confluent_api_key" -> Fabricator.alphanumeric(hash, 16, true);
                case "confluent_kafka_topic" -> cluster(root, provider, hash) + "/" + root.get("topic_name");
                case "confluent_kafka_acl" -> cluster(root, provider, hash) + "/" + root.get("resource_type") + "#"
                        + root.get("resource_name") + "#" + root.get("pattern_type") + "#" + root.get("principal")
                        + "#" + root.get("host") + "#" + root.get("operation") + "#" + root.get("permission");
                default -> ID_PREFIXES.getOrDefault(type, shortName(type) + "-")
                        + Fabricator.alphanumeric(hash, type.equals("confluent_environment") ? 6 : 5, false);
            };
        }
        String id = string(root.get("id"));
        return switch (path) {
            case "secret" -> Fabricator.alphanumeric(hash, 64, false);
            case "api_version" -> API_VERSION_KIND.getOrDefault(type, List.of("v1", "")).get(0);
            case "kind" -> API_VERSION_KIND.getOrDefault(type, List.of("", shortName(type))).get(1);
            case "status" -> "RUNNING";
            case "rbac_crn" -> "crn://confluent.cloud/organization=" + ORGANIZATION + "/environment=" + environment
                    + "/cloud-cluster=" + id;
            case "resource_name" -> "crn://confluent.cloud/organization=" + ORGANIZATION
                    + (type.equals("confluent_service_account") ? "/service-account=" + id : "/" + shortName(type)
                    + "=" + id);
            case "rest_endpoint" -> "https://pkc-" + Fabricator.alphanumeric(hash, 5, false) + "." + REGION
                    + ".aws.confluent.cloud:443";
            case "bootstrap_endpoint" -> "SASL_SSL://pkc-" + Fabricator.alphanumeric(hash, 5, false) + "." + REGION
                    + ".aws.confluent.cloud:9092";
            case "region", "aws_egress_private_link_gateway.region" -> REGION;
            case "cloud" -> "AWS";
            case "availability" -> "SINGLE_ZONE";
            case "aws.external_id" -> uuid(hash);
            case "aws.iam_role_arn" -> "arn:aws:iam::" + digits(hash, 12) + ":role/" + id;
            case "aws_egress_private_link_gateway.principal_arn" -> "arn:aws:iam::" + digits(hash, 12)
                    + ":role/" + Fabricator.alphanumeric(hash, 12, false);
            case "aws_egress_private_link_endpoint.vpc_endpoint_id" -> "vpce-" + hash.substring(0, 17);
            case "aws_egress_private_link_endpoint.vpc_endpoint_dns_name" -> "vpce-" + hash.substring(0, 17) + "-"
                    + Fabricator.alphanumeric(hash, 8, false) + "." + REGION + ".vpce.amazonaws.com";
            default -> null;
        };
    }

    @Override
    public ImportId parseImportId(String type, String id) {
        String[] parts = id.split("/", -1);
        return switch (type) {
            case "confluent_kafka_topic", "confluent_kafka_acl", "confluent_service_account", "confluent_environment",
                 "confluent_role_binding", "confluent_custom_connector_plugin" -> ImportId.of(Map.of("id", id));
            case "confluent_api_key" -> parts.length == 1 ? ImportId.of(Map.of("id", id))
                    : parts.length == 2 ? ImportId.of(Map.of("managed_resource.environment.id", parts[0], "id", parts[1]))
                    : ImportId.invalid("Expected <Environment ID>/<API Key ID> or <API Key ID>, got \"" + id + "\".");
            case "confluent_connector" -> parts.length == 3
                    ? ImportId.of(Map.of("environment.id", parts[0], "kafka_cluster.id", parts[1],
                    "config_nonsensitive.name", parts[2]))
                    : ImportId.invalid("Expected <Environment ID>/<Kafka cluster ID>/<connector name>, got \"" + id + "\".");
            case "confluent_custom_connector_plugin_version" -> parts.length == 3
                    ? ImportId.of(Map.of("environment.id", parts[0], "plugin_id", parts[1], "id", parts[2]))
                    : ImportId.invalid("Expected <Environment ID>/<Plugin ID>/<Version ID>, got \"" + id + "\".");
            default -> parts.length == 2 ? ImportId.of(Map.of("environment.id", parts[0], "id", parts[1]))
                    : ImportId.invalid("Expected <Environment ID>/<ID>, got \"" + id + "\".");
        };
    }

    /** The provider's ValidateFuncs that the schema file resolved: value lists, patterns, not-empty, minimums. */
    @Override
    public void validate(String type, boolean resource, Values config, Diagnostics diagnostics) {
        Map<String, JsonNode> rules = (resource ? resourceValidations : dataSourceValidations).getOrDefault(type, Map.of());
        rules.forEach((path, rule) -> {
            Object value = StandInResource.at(config.asMap(), path);
            if (value == null || value instanceof dev.connectonboard.provider.cty.Unknown) {
                return;
            }
            AttributePath where = attributePath(config.asMap(), path);
            String validation = rule.path("validation").asText("");
            if (rule.has("allowed_values") && value instanceof String text) {
                boolean allowed = false;
                for (JsonNode option : rule.get("allowed_values")) {
                    allowed |= option.asText().equals(text);
                }
                if (!allowed) {
                    diagnostics.error(where, "expected " + path + " to be one of " + rule.get("allowed_values"),
                            "got " + text);
                }
            }
            Matcher regexp = REGEXP_COMMENT.matcher(validation);
            if (regexp.find() && value instanceof String text && !Pattern.compile(regexp.group(1)).matcher(text).find()) {
                diagnostics.error(where, "invalid value for " + path, "\"" + text + "\" does not match "
                        + regexp.group(1) + " (" + validation.replaceAll("\\s*/\\*.*", "") + ")");
            }
            if (validation.startsWith("validation.StringIsNotEmpty") && value instanceof String text && text.isEmpty()) {
                diagnostics.error(where, "expected \"" + path + "\" to not be an empty string", "");
            }
            Matcher atLeast = Pattern.compile("validation.IntAtLeast\\((\\d+)\\)").matcher(validation);
            if (atLeast.find() && value instanceof BigDecimal number
                    && number.compareTo(new BigDecimal(atLeast.group(1))) < 0) {
                diagnostics.error(where, "expected " + path + " to be at least (" + atLeast.group(1) + ")",
                        "got " + number.toPlainString());
            }
        });
    }

    private static AttributePath attributePath(Map<String, Object> config, String dotted) {
        String[] steps = dotted.split("\\.");
        AttributePath path = AttributePath.attribute(steps[0]);
        Object current = config.get(steps[0]);
        for (int i = 1; i < steps.length; i++) {
            if (current instanceof List<?> list) {
                path = path.thenIndex(0);
                current = list.isEmpty() ? null : list.get(0);
            }
            path = path.thenAttribute(steps[i]);
            current = current instanceof Map<?, ?> map ? map.get(steps[i]) : null;
        }
        return path;
    }

    private static String cluster(Map<String, Object> root, Values provider, String hash) {
        Object fromBlock = StandInResource.at(root, "kafka_cluster.id");
        if (fromBlock instanceof String text) {
            return text;
        }
        if (provider != null && !provider.isUnknown("kafka_id") && provider.string("kafka_id").isPresent()) {
            return provider.string("kafka_id").get();
        }
        return "lkc-" + Fabricator.alphanumeric(hash, 5, false);
    }

    private static String shortName(String type) {
        return type.replaceFirst("^confluent_", "").replace('_', '-');
    }

    private static String string(Object value) {
        return value instanceof String text ? text : "";
    }

    static String uuid(String hash) {
        return hash.substring(0, 8) + "-" + hash.substring(8, 12) + "-" + hash.substring(12, 16) + "-"
                + hash.substring(16, 20) + "-" + hash.substring(20, 32);
    }

    static String digits(String hash, int length) {
        StringBuilder digits = new StringBuilder();
        for (char c : hash.toCharArray()) {
            if (digits.length() < length) {
                digits.append(Character.isDigit(c) ? c : (char) ('0' + (c - 'a')));
            }
        }
        return digits.toString();
    }

}
