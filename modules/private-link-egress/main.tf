locals {
  endpoints = { for e in var.endpoints : e.name => e }

  dns_record_list = flatten([for e in var.endpoints : [for d in e.dns_domains : { key = "${e.name}/${d}", endpoint = e.name, domain = d }]])
  dns_records     = { for r in local.dns_record_list : r.key => { endpoint = r.endpoint, domain = r.domain } }
}

# Reads the principal that the AWS endpoint services must allow; the gateway itself belongs to the platform.
data "confluent_gateway" "egress" {
  id = var.gateway_id

  environment {
    id = var.environment_id
  }
}

# Carries the AWS side's ids so that access points wait for the allowed principal.
resource "terraform_data" "aws_side_ready" {
  input = var.aws_side_ready
}

resource "confluent_access_point" "egress" {
  for_each = local.endpoints

  display_name = "${var.prefix}-${each.key}"

  environment {
    id = var.environment_id
  }

  gateway {
    id = var.gateway_id
  }

  aws_egress_private_link_endpoint {
    vpc_endpoint_service_name = each.value.vpc_endpoint_service_name
    enable_high_availability  = var.enable_high_availability
  }

  depends_on = [terraform_data.aws_side_ready]
}

# Carries the accepted endpoint connections (aws-endpoint-service-principal.accepted_ids) so that the readiness
# check below reads the access points only after Terraform accepted them.
resource "terraform_data" "accepted" {
  input = var.accepted_ids
}

# confluent_access_point finishes at PENDING_ACCEPT, before traffic can flow; this waits until Confluent reports
# READY (and fails the apply with what to do when it does not), and ready_ids depend on it, so connectors wait too.
data "connectonboard_access_point" "ready" {
  for_each = local.endpoints

  access_point_id = confluent_access_point.egress[each.key].id
  environment_id  = var.environment_id
  service_owner   = each.value.service_owner
  timeout_seconds = var.ready_timeout_seconds

  depends_on = [terraform_data.accepted]
}

resource "confluent_dns_record" "egress" {
  for_each = local.dns_records

  display_name = "${var.prefix}-${each.value.endpoint}-${replace(each.value.domain, ".", "-")}"
  domain       = each.value.domain

  environment {
    id = var.environment_id
  }

  gateway {
    id = var.gateway_id
  }

  private_link_access_point {
    id = confluent_access_point.egress[each.value.endpoint].id
  }
}
