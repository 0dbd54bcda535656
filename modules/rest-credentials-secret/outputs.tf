output "secret_arn" {
  description = "ARN of the secret (JSON {username, password}); the workers' execution role reads it."
  value       = aws_secretsmanager_secret_version.this.arn
}

output "username" {
  description = "The REST user name."
  value       = var.username
}

output "password" {
  description = "The REST password, for the connectonboard provider's connect_rest_password."
  value       = terraform_data.password.output
  sensitive   = true
}
