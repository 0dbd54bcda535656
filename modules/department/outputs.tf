output "service_account_ids" {
  description = "Service account ids: connectors, operators, metrics_reader."
  value = {
    connectors     = module.service_accounts.connectors_service_account_id
    operators      = module.service_accounts.operators_service_account_id
    metrics_reader = module.service_accounts.metrics_reader_service_account_id
  }
}

output "kafka_api_key_ids" {
  description = "Kafka API key ids: operators, and connectors (self-managed only, else null)."
  value = {
    connectors = module.service_accounts.connectors_api_key_id
    operators  = module.service_accounts.operators_api_key_id
  }
}

output "kafka_api_key_secrets" {
  description = "Kafka API key secrets matching kafka_api_key_ids."
  value = {
    connectors = module.service_accounts.connectors_api_key_secret
    operators  = module.service_accounts.operators_api_key_secret
  }
  sensitive = true
}

output "metrics_reader_api_key" {
  description = "Cloud API key (id and secret) of the metrics reader for the Confluent Metrics API."
  value = {
    id     = module.service_accounts.metrics_reader_api_key_id
    secret = module.service_accounts.metrics_reader_api_key_secret
  }
  sensitive = true
}

output "connector_ids" {
  description = "Map of managed connector name to id (lcc-...); empty for self-managed departments."
  value       = merge({}, one(module.connectors[*].connector_ids))
}

output "dlq_topic_names" {
  description = "Map of connector name to its DLQ topic (\"<prefix>.dlq.<connector-name>\")."
  value       = local.dlq_topics
}

output "iam_role_arns" {
  description = "Map of iam_roles name to the IAM role ARN."
  value       = { for name, r in module.aws_connector_role : name => r.role_arn }
}

output "provider_integration_ids" {
  description = "Map of iam_roles name to the Confluent provider integration id (managed departments)."
  value       = { for name, pi in local.integrations : name => pi.id }
}

output "access_point_ids" {
  description = "Map of private_link_egress name to the access point id (ap-...)."
  value       = merge({}, one(module.private_link_egress[*].access_point_ids))
}

output "ecs_log_group_name" {
  description = "CloudWatch log group of the self-managed workers (null for managed departments)."
  value       = one(module.connect_cluster[*].log_group_name)
}

output "self_managed_connect" {
  description = "Self-managed only (else null): worker group id, internal topics, how connector configs reference secrets, and how to reach the REST API."
  value = local.self_managed ? {
    group_id                 = local.connect_group_id
    internal_topics          = local.internal_topics
    ecs_cluster_name         = one(module.connect_cluster[*].ecs_cluster_name)
    ecs_service_name         = one(module.connect_cluster[*].ecs_service_name)
    secret_reference_format  = one(module.connect_cluster[*].config_provider_reference_format)
    kafka_credentials_secret = one(module.kafka_credentials_secret[*].secret_arn)
  } : null
}

output "self_managed_connect_rest_hint" {
  description = "How to reach the self-managed workers' REST API (null for managed)."
  value       = one(module.connect_cluster[*].rest_hint)
}

output "connect_rest_url" {
  description = "Self-managed only (else null): the workers' REST API, for the connectonboard provider's connect_rest_url."
  value       = one(module.connect_cluster[*].rest_url)
}

output "connect_rest_username" {
  description = "Self-managed only (else null): the REST user of the workers' basic-auth REST extension."
  value       = one(module.rest_credentials_secret[*].username)
}

output "connect_rest_password" {
  description = "Self-managed only (else null): the REST password, for the connectonboard provider's connect_rest_password."
  value       = one(module.rest_credentials_secret[*].password)
  sensitive   = true
}

output "connect_workers_ready" {
  description = "Self-managed only (else null): known once the workers' ECS service is steady; connectors wait for it."
  value       = one(module.connect_cluster[*].workers_ready_id)
}

output "kafka_bootstrap_servers" {
  description = "Self-managed only (else null): Kafka bootstrap servers (host:port) the workers use."
  value       = one(module.connect_cluster[*].bootstrap_servers)
}
