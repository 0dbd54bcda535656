output "gateway_principal_arn" {
  description = "Principal ARN of the egress gateway that each AWS endpoint service must allow."
  value       = one(data.confluent_gateway.egress.aws_egress_private_link_gateway[*].principal_arn)
}

output "access_point_ids" {
  description = "Map of entry name to access point id (ap-...)."
  value       = { for name, ap in confluent_access_point.egress : name => ap.id }
}

output "vpc_endpoint_dns_names" {
  description = "Map of entry name to the DNS name of the VPC endpoint Confluent created."
  value       = { for name, ap in confluent_access_point.egress : name => ap.aws_egress_private_link_endpoint[0].vpc_endpoint_dns_name }
}

output "vpc_endpoint_ids" {
  description = "Map of entry name to the id of the VPC endpoint Confluent created (vpce-...), whose connection the endpoint service accepts."
  value       = { for name, ap in confluent_access_point.egress : name => ap.aws_egress_private_link_endpoint[0].vpc_endpoint_id }
}

output "dns_record_ids" {
  description = "Map of \"<entry>/<domain>\" to DNS record id."
  value       = { for k, r in confluent_dns_record.egress : k => r.id }
}

output "ready_ids" {
  description = "Access point and DNS record ids of each entry, once the access point is READY; connectors that use an entry depend on these."
  value = {
    for name, ap in confluent_access_point.egress : name => concat(
      [ap.id, data.connectonboard_access_point.ready[name].phase],
      [for k, r in confluent_dns_record.egress : r.id if local.dns_records[k].endpoint == name],
    )
  }
}
