output "config_nonsensitive" {
  description = "Map of connector name to its config_nonsensitive (every value a string)."
  value       = local.config_nonsensitive
}

output "config_sensitive" {
  description = "Map of connector name to its config_sensitive, resolved from Secrets Manager ({} when it has no secrets)."
  value       = local.config_sensitive
  sensitive   = true
}

output "dlq_topic_names" {
  description = "Map of connector name to its DLQ topic, for connectors that asked for one."
  value       = local.dlq_topic_names
}

output "secret_ids" {
  description = "Secret ids the connectors read (names or ARNs, no values)."
  value       = keys(local.keys_by_secret)
}
