output "connector_acls" {
  description = "Map of readable key (e.g. \"topic-read-fin.payments.v1\") to {resource_type, resource_name, pattern_type, operation} for the connectors' principal (ALLOW, host \"*\")."
  value       = local.connector_acls
}

output "operator_role_bindings" {
  description = "Map of key to {role_name, crn_pattern} for the operators' service account."
  value       = local.operator_bindings
}

output "rbac_crn" {
  description = "CRN of the Kafka cluster (crn://confluent.cloud/organization=.../environment=.../cloud-cluster=...)."
  value       = local.rbac_crn
}

output "metrics_viewer_crn" {
  description = "Where the metrics reader's MetricsViewer role is bound: the Kafka cluster's CRN for metrics_reader \"cluster\", null (no binding) for \"none\"."
  value       = local.metrics_viewer_crn
}
