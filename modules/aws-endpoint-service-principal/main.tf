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
