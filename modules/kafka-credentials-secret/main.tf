resource "aws_secretsmanager_secret" "this" {
  name                    = var.name
  description             = "Kafka API key of the Kafka Connect workers (read by the ECS task execution role)"
  kms_key_id              = var.kms_key_id
  recovery_window_in_days = var.recovery_window_in_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id = aws_secretsmanager_secret.this.id
  # sasl_jaas_config is what the workers need verbatim; key/secret stay available for other clients.
  secret_string = jsonencode({
    api_key          = var.api_key
    api_secret       = var.api_secret
    sasl_jaas_config = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"${var.api_key}\" password=\"${var.api_secret}\";"
  })
}
