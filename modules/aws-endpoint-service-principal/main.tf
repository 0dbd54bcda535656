locals {
  # The allowed-principal API takes the service id, which is the last segment of the service name.
  endpoint_service_ids = {
    for name, service_name in var.endpoint_service_names :
    name => regex("vpce-svc-[0-9a-f]+$", service_name)
  }
}

resource "aws_vpc_endpoint_service_allowed_principal" "confluent_gateway" {
  for_each = local.endpoint_service_ids

  vpc_endpoint_service_id = each.value
  principal_arn           = var.principal_arn
}

# Confluent's access point is an interface VPC endpoint in Confluent's account; an endpoint service that requires
# acceptance keeps it pendingAcceptance (Confluent: PENDING_ACCEPT) until its owner accepts. The services here are the
# platform's, so Terraform accepts (AcceptVpcEndpointConnections; the resource waits until the connection is
# accepted, see aws_vpc_endpoint_connection_accepter in terraform-provider-aws) and rejects the connection on destroy.
resource "aws_vpc_endpoint_connection_accepter" "confluent_gateway" {
  for_each = local.endpoint_service_ids

  vpc_endpoint_service_id = each.value
  vpc_endpoint_id         = var.vpc_endpoint_ids[each.key]
}
