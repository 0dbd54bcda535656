locals {
  rbac_crn         = "crn://confluent.cloud/organization=${var.organization_id}/environment=${var.environment_id}/cloud-cluster=${var.kafka_cluster_id}"
  kafka_crn        = "${local.rbac_crn}/kafka=${var.kafka_cluster_id}"
  organization_crn = "crn://confluent.cloud/organization=${var.organization_id}"

  managed      = var.runtime == "managed"
  has_sinks    = length(var.sink_topics) > 0
  topic_prefix = "${var.prefix}."

  acl_base = {
    "cluster-describe" = { resource_type = "CLUSTER", resource_name = "kafka-cluster", pattern_type = "LITERAL", operation = "DESCRIBE" }
  }

  acl_sinks = {
    for t in toset(var.sink_topics) : "topic-read-${t}" => { resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = "READ" }
  }

  # Managed sinks consume as connect-lcc-<id> and may create dlq-/success-/error-lcc-<id> topics; the id is
  # unknown before creation, so Confluent's own examples grant these prefixes.
  acl_managed_sinks = local.managed && local.has_sinks ? merge(
    { "group-read-connect-lcc" = { resource_type = "GROUP", resource_name = "connect-lcc", pattern_type = "PREFIXED", operation = "READ" } },
    merge([for p in ["dlq-lcc", "success-lcc", "error-lcc"] : {
      for op in ["CREATE", "WRITE"] : "topic-${lower(op)}-${p}" => { resource_type = "TOPIC", resource_name = p, pattern_type = "PREFIXED", operation = op }
    }]...),
  ) : {}

  # Self-managed sinks consume as connect-<connector name>, and connector names start with "<prefix>-".
  acl_self_managed_sinks = !local.managed && local.has_sinks ? {
    "group-read-connect-${var.prefix}-" = { resource_type = "GROUP", resource_name = "connect-${var.prefix}-", pattern_type = "PREFIXED", operation = "READ" }
  } : {}

  acl_sources = var.has_source_connectors ? {
    for op in ["WRITE", "CREATE"] : "topic-${lower(op)}-prefix-${local.topic_prefix}" => { resource_type = "TOPIC", resource_name = local.topic_prefix, pattern_type = "PREFIXED", operation = op }
  } : {}

  acl_dlq = {
    for t in toset(var.dlq_topics) : "topic-write-${t}" => { resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = "WRITE" }
  }

  acl_workers = var.self_managed_worker == null ? {} : merge(
    { "group-read-${var.self_managed_worker.group_id}" = { resource_type = "GROUP", resource_name = var.self_managed_worker.group_id, pattern_type = "LITERAL", operation = "READ" } },
    merge(concat([{}], [for t in var.self_managed_worker.internal_topics : {
      for op in ["READ", "WRITE", "DESCRIBE", "DESCRIBE_CONFIGS"] : "topic-${lower(op)}-${t}" => { resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = op }
    }])...),
  )

  operator_bindings = merge(
    {
      "topics-developer-read" = { role_name = "DeveloperRead", crn_pattern = "${local.kafka_crn}/topic=${var.prefix}.*" }
      "groups-developer-read" = { role_name = "DeveloperRead", crn_pattern = "${local.kafka_crn}/group=${var.prefix}-ops-*" }
    },
    var.operator_connector_role == null ? {} : {
      "connectors-${var.operator_connector_role}" = { role_name = var.operator_connector_role, crn_pattern = "${local.rbac_crn}/connector=${var.prefix}-*" }
    },
  )
}
