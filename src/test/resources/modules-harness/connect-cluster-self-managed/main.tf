# Test harness: plans connect-cluster-self-managed offline with fake credentials (TerraformCli.stage adds the provider).
module "workers" {
  source = "../../modules/connect-cluster-self-managed"

  prefix                       = "fin"
  workers                      = 2
  image                        = "confluentinc/cp-kafka-connect:7.7.1"
  cpu                          = 1024
  memory                       = 2048
  subnet_ids                   = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  security_group_ids           = ["sg-0a1b2c3d"]
  log_retention_days           = 14
  aws_region                   = "eu-west-1"
  kafka_bootstrap_endpoint     = "SASL_SSL://pkc-abc12.eu-west-1.aws.confluent.cloud:9092"
  kafka_credentials_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/connect-worker/kafka-api-key-AbCdEf"
  connector_secret_arns        = ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/payments-db-??????"]
  assumable_role_arns          = ["arn:aws:iam::123456789012:role/fin-archive-writer"]
  worker_properties            = { "value.converter.schemas.enable" = "false" }
  start_after                  = ["lkc-5k3p2d/fin.connect-configs"]
  tags                         = { Department = "finance", CostCenter = "CC-1234" }
}

output "log_group_name" {
  value = module.workers.log_group_name
}

output "internal_topics" {
  value = module.workers.internal_topics
}

output "config_provider_reference_format" {
  value = module.workers.config_provider_reference_format
}
