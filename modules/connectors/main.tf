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

  # null leaves the status to Confluent Cloud: provider 2.83 applies a status change before the config update and
  # accepts only RUNNING <-> PAUSED, so a status it reads as FAILED or DEGRADED and a config that says RUNNING would
  # block the very apply that fixes the config (internal/provider/resource_connector.go, connectorUpdate). Only an
  # explicit PAUSED or RUNNING is sent. Create ignores status: a connector declared paused is created running and
  # paused by the next apply (see README).
  status = each.value.status

  timeouts {
    create = var.create_timeout
  }

  depends_on = [terraform_data.prerequisites]
}

# Plan-time warnings (checks never fail a plan): the status Confluent reports is visible here because the module
# does not set it for connectors left to Confluent Cloud.
check "connectors_run_as_declared" {
  assert {
    condition     = alltrue([for name, c in confluent_connector.this : var.connectors[name].status != null || c.status != "PAUSED"])
    error_message = "Paused in Confluent Cloud but not declared paused: ${join(", ", [for name, c in confluent_connector.this : name if var.connectors[name].status == null && c.status == "PAUSED"])}. Terraform leaves the status of these connectors alone; declare state: running to resume them (or state: paused to keep them paused)."
  }

  assert {
    condition     = alltrue([for name, c in confluent_connector.this : !contains(["FAILED", "DEGRADED"], c.status)])
    error_message = "Not healthy in Confluent Cloud: ${join(", ", [for name, c in confluent_connector.this : "${name} (${c.status})" if contains(["FAILED", "DEGRADED"], c.status)])}. A config fix applies without touching the status; see connect-onboard status for the error."
  }
}
