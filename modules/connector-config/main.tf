locals {
  connectors = { for c in var.connectors : c.name => c }

  dlq_topic_names = {
    for c in var.connectors : c.name => format("%s.dlq.%s", var.prefix, c.name) if c.dead_letter_queue
  }

  # JSON keys each secret must contain, so a missing key fails the plan with a readable message.
  keys_by_secret = {
    for id in distinct(flatten([for c in var.connectors : [for s in values(c.secrets) : s.secret_id]])) :
    id => distinct(flatten([for c in var.connectors : [for s in values(c.secrets) : s.key if s.secret_id == id]]))
  }

  # Derived properties, one concern per map; merged over the user's config below.
  base_properties = {
    for name, c in local.connectors : name => {
      "name"                     = c.name
      "connector.class"          = c.class
      "tasks.max"                = tostring(c.tasks)
      "kafka.auth.mode"          = "SERVICE_ACCOUNT"
      "kafka.service.account.id" = var.service_account_id
      "errors.tolerance"         = c.errors_tolerance
    }
  }
  topic_properties = {
    for name, c in local.connectors : name => { "topics" = join(",", c.topics) } if c.direction == "sink"
  }
  dlq_properties = {
    for name, topic in local.dlq_topic_names : name => { "errors.deadletterqueue.topic.name" = topic }
  }
  iam_properties = {
    for name, c in local.connectors : name => { "authentication.method" = "IAM Roles", "provider.integration.id" = var.provider_integration_ids[c.iam_role] } if c.iam_role != null
  }

  config_nonsensitive = {
    for name, c in local.connectors : name => merge(c.config, local.base_properties[name], lookup(local.topic_properties, name, {}), lookup(local.dlq_properties, name, {}), lookup(local.iam_properties, name, {}))
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
