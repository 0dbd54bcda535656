package dev.connectonboard.plangate;

/** How a non-topic, non-connector resource is named in reports, from its non-sensitive attributes. */
final class AccessLabels {
    private AccessLabels() {
    }

    static String of(ResourceChange change) {
        String key = change.ownKey();
        return switch (change.type()) {
            case "confluent_service_account" -> "service account " + or(change.value("display_name"), key, change);
            case "confluent_api_key" -> "API key " + or(change.value("display_name"), key, change);
            case "confluent_kafka_acl" -> "ACL " + or(change.value("operation"), "?", change) + " on "
                    + or(change.value("resource_type"), "?", change) + " " + or(change.value("resource_name"), key,
                    change);
            case "confluent_role_binding" -> "role binding " + or(change.value("role_name"), key, change)
                    + (change.value("crn_pattern") == null ? "" : " on " + change.value("crn_pattern"));
            case "confluent_provider_integration" -> "provider integration " + or(change.value("display_name"), key,
                    change);
            case "confluent_access_point" -> "Private Link access point " + or(change.value("display_name"), key,
                    change);
            case "confluent_dns_record" -> "Private Link DNS record " + or(change.value("domain"), key, change);
            case "aws_iam_role" -> "IAM role " + or(change.value("name"), key, change);
            case "aws_iam_role_policy" -> "IAM role policy " + or(change.value("name"), key, change);
            case "aws_secretsmanager_secret" -> "secret " + or(change.value("name"), key, change);
            case "aws_secretsmanager_secret_version" -> "secret value of " + or(key, change.moduleAddress(), change);
            case "aws_vpc_endpoint_service_allowed_principal" -> "endpoint service principal " + or(key, null,
                    change);
            default -> change.type() + " " + or(change.value("name"), key, change);
        };
    }

    private static String or(String first, String second, ResourceChange change) {
        if (first != null) {
            return first;
        }
        return second != null ? second : change.address();
    }
}
