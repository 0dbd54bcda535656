output "connectors_service_account_id" {
  description = "Id (sa-...) of the connectors' service account; goes into kafka.service.account.id."
  value       = confluent_service_account.connectors.id
}

output "operators_service_account_id" {
  description = "Id (sa-...) of the operators' service account."
  value       = confluent_service_account.operators.id
}

output "metrics_reader_service_account_id" {
  description = "Id (sa-...) of the metrics reader, or null when not created."
  value       = one(confluent_service_account.metrics_reader[*].id)
}

output "connectors_api_key_id" {
  description = "Kafka API key id of the connectors' service account, or null when not created."
  value       = one(confluent_api_key.connectors[*].id)
}

output "connectors_api_key_secret" {
  description = "Kafka API key secret of the connectors' service account, or null."
  value       = one(confluent_api_key.connectors[*].secret)
  sensitive   = true
}

output "operators_api_key_id" {
  description = "Kafka API key id of the operators' service account."
  value       = confluent_api_key.operators.id
}

output "operators_api_key_secret" {
  description = "Kafka API key secret of the operators' service account."
  value       = confluent_api_key.operators.secret
  sensitive   = true
}

output "metrics_reader_api_key_id" {
  description = "Cloud API key id of the metrics reader, or null."
  value       = one(confluent_api_key.metrics_reader[*].id)
}

output "metrics_reader_api_key_secret" {
  description = "Cloud API key secret of the metrics reader, or null."
  value       = one(confluent_api_key.metrics_reader[*].secret)
  sensitive   = true
}

output "connector_acl_ids" {
  description = "Map of ACL key (e.g. \"topic-read-fin.payments.v1\") to ACL id; connectors depend on these."
  value       = { for k, acl in confluent_kafka_acl.connectors : k => acl.id }
}

output "operator_role_binding_ids" {
  description = "Map of binding key to role binding id (rb-...)."
  value       = { for k, rb in confluent_role_binding.operators : k => rb.id }
}

output "rbac_crn" {
  description = "CRN of the Kafka cluster built from organization, environment and cluster ids."
  value       = module.policy.rbac_crn
}
