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
  rest_credentials_secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/connect-worker/rest-credentials-XyZaBc"
  connector_secret_arns        = ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/payments-db-??????"]
  assumable_role_arns          = ["arn:aws:iam::123456789012:role/fin-archive-writer"]
  worker_properties            = { "value.converter.schemas.enable" = "false" }
  start_after                  = ["lkc-5k3p2d/fin.connect-configs"]
  tags                         = { Department = "finance", CostCenter = "CC-1234" }
  rest_access = {
    vpc_id          = "vpc-0a1b2c3d4e5f60718"
    subnet_ids      = ["subnet-0c1d2e3f"]
    deploy_cidrs    = ["10.40.8.0/24"]
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
    private_zone_id = "Z0123456789ABCDEFGHIJ"
    domain          = "connect.internal.example.org"
  }
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

output "rest_url" {
  value = module.workers.rest_url
}
