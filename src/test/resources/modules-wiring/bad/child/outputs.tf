output "role_arn" {
  description = "ARN."
  value       = "arn:aws:iam::123456789012:role/${var.prefix}"
}
