resource "confluent_access_point" "egress" {
  for_each     = var.endpoints
  display_name = "fin-${each.key}"

  environment {
    id = "env-7q2x9m"
  }

  gateway {
    id = "gw-4v8n1c"
  }

  dynamic "aws_egress_private_link_endpoint" {
    for_each = [each.value]
    content {
      vpc_endpoint_service_name = aws_egress_private_link_endpoint.value
    }
  }

  timeouts {
    create = "30m"
  }

  lifecycle {
    ignore_changes = [display_name]
  }

  depends_on = [terraform_data.ready]
}

data "confluent_gateway" "egress" {
  id = "gw-4v8n1c"
  environment {
    id = "env-7q2x9m"
  }
}
