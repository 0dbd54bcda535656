# Test harness: plans aws-connector-role offline with fake credentials (TerraformCli.stage adds the provider).
# bucket_name_prefix and the allowlist are what the generator derives from the platform's isolation section.
variable "writer_buckets" {
  type    = list(string)
  default = ["fin-archive", "fin-archive-eu", "legacy-finance-exports"]
}

variable "writer_kms_key_arns" {
  type    = list(string)
  default = ["arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"]
}

module "archive_writer" {
  source = "../../modules/aws-connector-role"

  prefix             = "fin"
  name               = "archive-writer"
  s3_buckets         = var.writer_buckets
  s3_access          = "write"
  bucket_name_prefix = "fin-"
  bucket_allowlist   = ["legacy-finance-exports"]
  state_bucket       = "ebs-tf-state"
  kms_key_arns       = var.writer_kms_key_arns
  aws_account_id     = "123456789012"
  aws_region         = "eu-west-1"
  trusted_role_arn   = "arn:aws:iam::987654321098:role/confluent-cspi-abc123"
  external_id        = "6b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
  tags               = { Department = "finance", CostCenter = "CC-1234" }
}

module "landing_reader" {
  source = "../../modules/aws-connector-role"

  prefix             = "fin"
  name               = "landing-reader"
  s3_buckets         = ["fin-landing"]
  s3_access          = "read"
  bucket_name_prefix = "fin-"
  state_bucket       = "ebs-tf-state"
  aws_account_id     = "123456789012"
  aws_region         = "eu-west-1"
  trusted_role_arn   = "arn:aws:iam::123456789012:role/fin-connect-task"
  tags               = { Department = "finance" }
}

output "archive_writer_role_name" {
  value = module.archive_writer.role_name
}
