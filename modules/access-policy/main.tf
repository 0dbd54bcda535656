locals {
  rbac_crn  = "crn://confluent.cloud/organization=${var.organization_id}/environment=${var.environment_id}/cloud-cluster=${var.kafka_cluster_id}"
  kafka_crn = "${local.rbac_crn}/kafka=${var.kafka_cluster_id}"

  managed      = var.runtime == "managed"
  has_sinks    = length(var.sink_topics) > 0
  topic_prefix = "${var.prefix}."

  managed_sink_topic_prefixes = local.managed && local.has_sinks ? ["dlq-lcc", "success-lcc", "error-lcc"] : []
  # Managed sinks consume as connect-lcc-<id>; self-managed sinks as connect-<connector name> ("<prefix>-...").
  sink_group_prefixes = local.has_sinks ? (local.managed ? ["connect-lcc"] : ["connect-${var.prefix}-"]) : []
  worker_groups       = var.self_managed_worker == null ? [] : [var.self_managed_worker.group_id]
  worker_topics       = var.self_managed_worker == null ? [] : var.self_managed_worker.internal_topics

  # Every ACL of the connectors' principal, each with a readable key known at plan time.
  # Managed sinks may create dlq-/success-/error-lcc-<id> topics whose id is unknown before creation, so
  # Confluent's own examples grant these prefixes.
  acl_list = concat(
    [{ key = "cluster-describe", resource_type = "CLUSTER", resource_name = "kafka-cluster", pattern_type = "LITERAL", operation = "DESCRIBE" }],
    [for t in distinct(var.sink_topics) : { key = "topic-read-${t}", resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = "READ" }],
    [for g in local.sink_group_prefixes : { key = "group-read-${g}", resource_type = "GROUP", resource_name = g, pattern_type = "PREFIXED", operation = "READ" }],
    [for p in setproduct(local.managed_sink_topic_prefixes, ["CREATE", "WRITE"]) : { key = "topic-${lower(p[1])}-${p[0]}", resource_type = "TOPIC", resource_name = p[0], pattern_type = "PREFIXED", operation = p[1] }],
    # Sources write the topics Terraform created for them; only a connector the descriptor lets create its own
    # topics (createsTopics) gets CREATE, and only under its topic prefix.
    [for t in distinct(var.source_topics) : { key = "topic-write-source-${t}", resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = "WRITE" }],
    [for p in setproduct(distinct(var.source_topic_prefixes), ["CREATE", "WRITE"]) : { key = "topic-${lower(p[1])}-prefix-${p[0]}", resource_type = "TOPIC", resource_name = p[0], pattern_type = "PREFIXED", operation = p[1] }],
    [for t in distinct(var.dlq_topics) : { key = "topic-write-${t}", resource_type = "TOPIC", resource_name = t, pattern_type = "LITERAL", operation = "WRITE" }],
    [for g in local.worker_groups : { key = "group-read-${g}", resource_type = "GROUP", resource_name = g, pattern_type = "LITERAL", operation = "READ" }],
    [for p in setproduct(local.worker_topics, ["READ", "WRITE", "DESCRIBE", "DESCRIBE_CONFIGS"]) : { key = "topic-${lower(p[1])}-${p[0]}", resource_type = "TOPIC", resource_name = p[0], pattern_type = "LITERAL", operation = p[1] }],
  )

  connector_acls = {
    for a in local.acl_list : a.key => { resource_type = a.resource_type, resource_name = a.resource_name, pattern_type = a.pattern_type, operation = a.operation }
  }

  # MetricsViewer binds at the organization, an environment or a cluster, nothing narrower (Confluent's RBAC role
  # table, https://docs.confluent.io/cloud/current/usm/usm-rbac.html), so "cluster" is the tightest scope there is
  # and still shows every department's metrics on the shared cluster; "none" binds nothing.
  metrics_viewer_crn = var.metrics_reader == "cluster" ? local.rbac_crn : null

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
