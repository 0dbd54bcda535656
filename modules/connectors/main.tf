# Carries every prerequisite id so that connectors are created only after ACLs, topics, IAM roles and
# Private Link endpoints exist (the connector validates its config, and its access, at creation).
resource "terraform_data" "prerequisites" {
  input = var.prerequisite_ids
}

resource "confluent_connector" "this" {
  for_each = var.connectors

  environment {
    id = var.environment_id
  }

  kafka_cluster {
    id = var.kafka_cluster_id
  }

  config_nonsensitive = each.value.config_nonsensitive
  config_sensitive    = lookup(var.config_sensitive, each.key, {})

  # Confluent creates every connector RUNNING and ignores status on create; a connector declared paused is
  # paused by the next apply (see README, "Paused connectors").
  status = each.value.paused ? "PAUSED" : "RUNNING"

  timeouts {
    create = var.create_timeout
  }

  depends_on = [terraform_data.prerequisites]
}
