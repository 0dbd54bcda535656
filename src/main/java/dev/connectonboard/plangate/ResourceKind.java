package dev.connectonboard.plangate;

import java.util.Map;

/**
 * The resource types of the generated department roots, by what losing one means. Types are from the modules in
 * modules/ (ResourceKindTest fails when a module declares a type missing here). Access covers identity,
 * credentials, authorization and the network paths connectors use; everything else is OTHER.
 */
enum ResourceKind {
    TOPIC, CONNECTOR, ACCESS, OTHER;

    private static final Map<String, ResourceKind> BY_TYPE = Map.ofEntries(
            Map.entry("confluent_kafka_topic", TOPIC),
            Map.entry("confluent_connector", CONNECTOR),
            // self-managed connectors on the department's workers (connect-onboard's own provider)
            Map.entry("connectonboard_connector", CONNECTOR),
            Map.entry("confluent_service_account", ACCESS),
            Map.entry("confluent_api_key", ACCESS),
            Map.entry("confluent_kafka_acl", ACCESS),
            Map.entry("confluent_role_binding", ACCESS),
            Map.entry("confluent_provider_integration", ACCESS),
            Map.entry("confluent_access_point", ACCESS),
            Map.entry("confluent_dns_record", ACCESS),
            Map.entry("aws_iam_role", ACCESS),
            Map.entry("aws_iam_role_policy", ACCESS),
            Map.entry("aws_iam_role_policy_attachment", ACCESS),
            Map.entry("aws_iam_policy", ACCESS),
            Map.entry("aws_secretsmanager_secret", ACCESS),
            Map.entry("aws_secretsmanager_secret_version", ACCESS),
            Map.entry("aws_vpc_endpoint_service_allowed_principal", ACCESS),
            Map.entry("aws_vpc_endpoint_connection_accepter", ACCESS),
            // the self-managed workers' network paths (their REST API behind a load balancer)
            Map.entry("aws_security_group", ACCESS),
            Map.entry("aws_vpc_security_group_ingress_rule", ACCESS),
            Map.entry("aws_vpc_security_group_egress_rule", ACCESS),
            Map.entry("aws_lb", OTHER),
            Map.entry("aws_lb_listener", OTHER),
            Map.entry("aws_lb_target_group", OTHER),
            Map.entry("aws_route53_record", OTHER),
            Map.entry("aws_cloudwatch_log_group", OTHER),
            Map.entry("aws_ecs_cluster", OTHER),
            Map.entry("aws_ecs_task_definition", OTHER),
            Map.entry("aws_ecs_service", OTHER),
            Map.entry("terraform_data", OTHER));

    static ResourceKind of(String type) {
        return BY_TYPE.getOrDefault(type, OTHER);
    }

    /** Whether the type is one the table names explicitly (the test checks every module type is). */
    static boolean known(String type) {
        return BY_TYPE.containsKey(type);
    }
}
