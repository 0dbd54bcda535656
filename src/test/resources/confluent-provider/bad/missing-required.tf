resource "confluent_kafka_acl" "read" {
  resource_type = "TOPIC"
  resource_name = "fin.payments.v1"
  pattern_type  = "LITERAL"
  principal     = "User:sa-abc123"
  host          = "*"
  operation     = "READ"
}
