# Topics use the provider's single-cluster mode: the root's provider block sets kafka_id, kafka_rest_endpoint,
# kafka_api_key and kafka_api_secret, so kafka_cluster, rest_endpoint and credentials are omitted here.

locals {
  internal_topics = var.connect_internal_topics == null ? {} : {
    configs = { name = var.connect_internal_topics.configs, partitions = 1 }
    offsets = { name = var.connect_internal_topics.offsets, partitions = var.internal_offsets_partitions }
    status  = { name = var.connect_internal_topics.status, partitions = var.internal_status_partitions }
  }
}

resource "confluent_kafka_topic" "department" {
  for_each = { for t in var.topics : t.name => t }

  topic_name       = each.key
  partitions_count = each.value.partitions
  config           = each.value.config
}

resource "confluent_kafka_topic" "dlq" {
  for_each = toset(var.dlq_topics)

  topic_name       = each.key
  partitions_count = var.dlq_partitions
  config           = var.dlq_config
}

# Debezium's schema history: one partition (Debezium reads it in order) and nothing ever deleted, the settings
# KafkaSchemaHistory checks for and warns about otherwise.
resource "confluent_kafka_topic" "schema_history" {
  for_each = toset(var.schema_history_topics)

  topic_name       = each.key
  partitions_count = 1
  config = {
    "cleanup.policy"  = "delete"
    "retention.ms"    = "-1"
    "retention.bytes" = "-1"
  }
}

resource "confluent_kafka_topic" "connect_internal" {
  for_each = local.internal_topics

  topic_name       = each.value.name
  partitions_count = each.value.partitions
  config = {
    "cleanup.policy" = "compact"
  }
}
