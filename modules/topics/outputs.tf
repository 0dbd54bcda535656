output "topic_names" {
  description = "Names of the department's own topics."
  value       = [for t in confluent_kafka_topic.department : t.topic_name]
}

output "dlq_topic_names" {
  description = "Names of the DLQ topics."
  value       = [for t in confluent_kafka_topic.dlq : t.topic_name]
}

output "internal_topic_names" {
  description = "Map configs/offsets/status to the internal topic names (empty for managed departments)."
  value       = { for k, t in confluent_kafka_topic.connect_internal : k => t.topic_name }
}

output "topic_ids" {
  description = "Ids (<lkc>/<topic>) of every topic this module manages; connectors depend on them."
  value = concat(
    [for t in confluent_kafka_topic.department : t.id],
    [for t in confluent_kafka_topic.dlq : t.id],
    [for t in confluent_kafka_topic.schema_history : t.id],
    [for t in confluent_kafka_topic.connect_internal : t.id],
  )
}
