module "policy" {
  source = "../access-policy"

  prefix                  = var.prefix
  organization_id         = var.organization_id
  environment_id          = var.environment_id
  kafka_cluster_id        = var.kafka_cluster_id
  runtime                 = var.runtime
  sink_topics             = var.sink_topics
  source_topics           = var.source_topics
  source_topic_prefixes   = var.source_topic_prefixes
  dlq_topics              = var.dlq_topics
  self_managed_worker     = var.self_managed_worker
  operator_connector_role = var.operator_connector_role
  metrics_reader          = var.metrics_reader
}

resource "confluent_service_account" "connectors" {
  display_name = "${var.prefix}-connectors-${var.platform_name}"
  description  = "Kafka principal of the ${var.department} department's connectors (connect-onboard)"
}

resource "confluent_service_account" "operators" {
  display_name = "${var.prefix}-operators-${var.platform_name}"
  description  = "Operators of the ${var.department} department: read ${var.prefix}.* topics (connect-onboard)"
}

resource "confluent_service_account" "metrics_reader" {
  count = var.create_metrics_reader ? 1 : 0

  display_name = "${var.prefix}-metrics-reader-${var.platform_name}"
  description  = "Metrics API reader of the ${var.department} department (connect-onboard)"
}

resource "confluent_kafka_acl" "connectors" {
  for_each = module.policy.connector_acls

  resource_type = each.value.resource_type
  resource_name = each.value.resource_name
  pattern_type  = each.value.pattern_type
  principal     = "User:${confluent_service_account.connectors.id}"
  host          = "*"
  operation     = each.value.operation
  permission    = "ALLOW"

  # Destroyed before the keys: Terraform destroys dependents first, so no API key of this account goes while an
  # ACL it is used with still exists (a destroy that lost the key first fails, confluentinc/terraform-provider-confluent#232).
  depends_on = [confluent_api_key.connectors, confluent_api_key.operators]
}

resource "confluent_role_binding" "operators" {
  for_each = module.policy.operator_role_bindings

  principal              = "User:${confluent_service_account.operators.id}"
  role_name              = each.value.role_name
  crn_pattern            = each.value.crn_pattern
  disable_wait_for_ready = var.role_binding_disable_wait_for_ready

  # As for the ACLs: the operators' key outlives the role bindings it is used with.
  depends_on = [confluent_api_key.operators]
}

# Only where the platform opts in (metrics_reader "cluster"): on the Kafka cluster, the narrowest scope MetricsViewer
# takes; it still shows every department's metrics on that cluster (see access-policy).
resource "confluent_role_binding" "metrics_reader" {
  count = var.create_metrics_reader && module.policy.metrics_viewer_crn != null ? 1 : 0

  principal              = "User:${confluent_service_account.metrics_reader[0].id}"
  role_name              = "MetricsViewer"
  crn_pattern            = module.policy.metrics_viewer_crn
  disable_wait_for_ready = var.role_binding_disable_wait_for_ready
}

resource "confluent_api_key" "connectors" {
  count = var.create_connectors_api_key ? 1 : 0

  display_name           = "${var.prefix}-connectors-kafka"
  description            = "Kafka API key of ${confluent_service_account.connectors.display_name}"
  disable_wait_for_ready = var.api_key_disable_wait_for_ready

  owner {
    id          = confluent_service_account.connectors.id
    api_version = confluent_service_account.connectors.api_version
    kind        = confluent_service_account.connectors.kind
  }

  managed_resource {
    id          = var.kafka_cluster_id
    api_version = "cmk/v2"
    kind        = "Cluster"

    environment {
      id = var.environment_id
    }
  }
}

resource "confluent_api_key" "operators" {
  display_name           = "${var.prefix}-operators-kafka"
  description            = "Kafka API key of ${confluent_service_account.operators.display_name}"
  disable_wait_for_ready = var.api_key_disable_wait_for_ready

  owner {
    id          = confluent_service_account.operators.id
    api_version = confluent_service_account.operators.api_version
    kind        = confluent_service_account.operators.kind
  }

  managed_resource {
    id          = var.kafka_cluster_id
    api_version = "cmk/v2"
    kind        = "Cluster"

    environment {
      id = var.environment_id
    }
  }
}

# A Cloud API key (no managed_resource): the Metrics API authenticates with Cloud keys.
resource "confluent_api_key" "metrics_reader" {
  count = var.create_metrics_reader ? 1 : 0

  display_name = "${var.prefix}-metrics-reader-cloud"
  description  = "Cloud API key of ${confluent_service_account.metrics_reader[0].display_name} for the Metrics API"

  owner {
    id          = confluent_service_account.metrics_reader[0].id
    api_version = confluent_service_account.metrics_reader[0].api_version
    kind        = confluent_service_account.metrics_reader[0].kind
  }

  depends_on = [confluent_role_binding.metrics_reader]
}
