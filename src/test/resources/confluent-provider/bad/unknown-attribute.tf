resource "confluent_kafka_topic" "payments" {
  topic_name      = "fin.payments.v1"
  partition_count = 6
}
