output "secret_arn" {
  description = "ARN of the secret; pass it to connect-cluster-self-managed as kafka_credentials_secret_arn."
  value       = aws_secretsmanager_secret.this.arn
}

output "secret_name" {
  description = "Name of the secret."
  value       = aws_secretsmanager_secret.this.name
}

output "secret_version_id" {
  description = "Version id of the current secret value; changes when the API key is rotated."
  value       = aws_secretsmanager_secret_version.this.version_id
}

output "json_keys" {
  description = "JSON keys inside the secret string."
  value       = ["api_key", "api_secret", "sasl_jaas_config"]
}
