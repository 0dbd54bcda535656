output "role_name" {
  description = "Name of the IAM role (\"<prefix>-<name>\")."
  value       = aws_iam_role.this.name
}

output "role_arn" {
  description = "ARN of the IAM role; must equal the customer_role_arn of the provider integration."
  value       = aws_iam_role.this.arn
}

output "policy_id" {
  description = "Id of the inline S3 policy; connectors depend on it so they are created only once the role can act."
  value       = aws_iam_role_policy.s3.id
}
