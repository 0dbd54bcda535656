output "connector_ids" {
  description = "Map of connector name to connector id (lcc-...)."
  value       = { for name, c in confluent_connector.this : name => c.id }
}

output "connector_statuses" {
  description = "Map of connector name to the status Terraform last read (RUNNING, PAUSED, FAILED, ...)."
  value       = { for name, c in confluent_connector.this : name => c.status }
}
