# Test harness: plans aws-connector-role offline with fake credentials (TerraformCli.stage adds the provider).
module "archive_writer" {
  source = "../../modules/aws-connector-role"

  prefix           = "fin"
  name             = "archive-writer"
  s3_buckets       = ["fin-archive", "fin-archive-eu"]
  s3_access        = "write"
  trusted_role_arn = "arn:aws:iam::987654321098:role/confluent-cspi-abc123"
  external_id      = "6b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
  tags             = { Department = "finance", CostCenter = "CC-1234" }
}

module "landing_reader" {
  source = "../../modules/aws-connector-role"

  prefix           = "fin"
  name             = "landing-reader"
  s3_buckets       = ["fin-landing"]
  s3_access        = "read"
  trusted_role_arn = "arn:aws:iam::123456789012:role/fin-connect-task"
  tags             = { Department = "finance" }
}

output "archive_writer_role_name" {
  value = module.archive_writer.role_name
}
