locals {
  connectors = { for c in var.connectors : c.name => c }

  dlq_topic_names = {
    for c in var.connectors : c.name => "${var.prefix}.dlq.${c.name}" if c.dead_letter_queue
  }

  # JSON keys each secret must contain, so a missing key fails the plan with a readable message.
  keys_by_secret = {
    for id in distinct(flatten([for c in var.connectors : [for s in values(c.secrets) : s.secret_id]])) :
    id => distinct(flatten([for c in var.connectors : [for s in values(c.secrets) : s.key if s.secret_id == id]]))
  }

  config_nonsensitive = {
    for name, c in local.connectors : name => merge(
      c.config,
      {
        "name"                     = c.name
        "connector.class"          = c.class
        "tasks.max"                = tostring(c.tasks)
        "kafka.auth.mode"          = "SERVICE_ACCOUNT"
        "kafka.service.account.id" = var.service_account_id
        "errors.tolerance"         = c.errors_tolerance
      },
      c.direction == "sink" ? { "topics" = join(",", c.topics) } : {},
      c.dead_letter_queue ? { "errors.deadletterqueue.topic.name" = local.dlq_topic_names[name] } : {},
      c.iam_role == null ? {} : {
        "authentication.method"   = "IAM Roles"
        "provider.integration.id" = var.provider_integration_ids[c.iam_role]
      },
    )
  }
}

# Read at plan time; the values go only into config_sensitive (and, as for every provider, into state).
data "aws_secretsmanager_secret_version" "connector" {
  for_each = local.keys_by_secret

  secret_id = each.key

  lifecycle {
    postcondition {
      condition     = can(jsondecode(self.secret_string)) && alltrue([for k in each.value : can(jsondecode(self.secret_string)[k])])
      error_message = "Secret \"${each.key}\" must be a JSON object containing the key(s) ${join(", ", each.value)} that the connectors reference."
    }
  }
}

locals {
  config_sensitive = {
    for name, c in local.connectors : name => {
      for property, ref in c.secrets : property => jsondecode(data.aws_secretsmanager_secret_version.connector[ref.secret_id].secret_string)[ref.key]
    }
  }
}
