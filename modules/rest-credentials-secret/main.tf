# 244 random bits from two UUIDs, hex only (the password goes into a Java properties file and an HTTP Basic header).
# Generated once; replace terraform_data.password to rotate (the workers read it at their next deployment). It is in
# state, like the Kafka API secret: hashicorp/random would do the same, and an ephemeral password would need AWS
# access at every plan.
resource "terraform_data" "password" {
  input = replace("${uuid()}${uuid()}", "-", "")

  lifecycle {
    ignore_changes = [input]
  }
}

resource "aws_secretsmanager_secret" "this" {
  name                    = var.name
  description             = "REST user of the Kafka Connect workers (Kafka's basic-auth REST extension)"
  kms_key_id              = var.kms_key_id
  recovery_window_in_days = var.recovery_window_in_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id = aws_secretsmanager_secret.this.id
  secret_string = jsonencode({
    username = var.username
    password = terraform_data.password.output
  })
}
