output "endpoint_service_ids" {
  description = "Map of entry name to the VPC endpoint service id (\"vpce-svc-...\") derived from its service name."
  value       = local.endpoint_service_ids
}

output "allowed_principal_ids" {
  description = "Map of entry name to the id of the allowed-principal permission; pass these to private-link-egress so access points wait for them."
  value       = { for name, p in aws_vpc_endpoint_service_allowed_principal.confluent_gateway : name => p.id }
}

output "accepted_ids" {
  description = "Map of entry name to the id of the accepted endpoint connection (\"<vpce-svc-...>_<vpce-...>\"); pass these to private-link-egress so its readiness check waits for them."
  value       = { for name, a in aws_vpc_endpoint_connection_accepter.confluent_gateway : name => a.id }
}
