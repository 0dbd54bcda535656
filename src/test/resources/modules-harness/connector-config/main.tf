# Test harness: builds managed connector configs; Secrets Manager is a local stub whose URL the test passes in.

variable "secretsmanager_endpoint" {
  type        = string
  description = "URL of the Secrets Manager stub (WireMock on loopback)."
}

provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
    secretsmanager = var.secretsmanager_endpoint
  }
}

# The payments database's secret; a test points it at another department's secret to see the plan refuse it.
variable "db_secret_id" {
  type        = string
  description = "Secret id of fin-payments-db-sink's credentials."
  default     = "fin/payments-db"
}

module "config" {
  source = "../../modules/connector-config"

  prefix             = "fin"
  secret_name_prefix = "fin/"
  aws_account_id     = "123456789012"
  aws_region         = "eu-west-1"
  service_account_id = "sa-abc123"
  provider_integration_ids = {
    archive-writer = "cspi-4xg0q"
  }

  connectors = [
    {
      name              = "fin-payments-s3-sink"
      class             = "S3_SINK"
      direction         = "sink"
      tasks             = 2
      paused            = false
      topics            = ["fin.payments.v1", "fin.refunds.v1"]
      iam_role          = "archive-writer"
      config            = { "output.data.format" = "JSON", "time.interval" = "HOURLY", "s3.bucket.name" = "fin-archive" }
      secrets           = {}
      errors_tolerance  = "all"
      dead_letter_queue = true
    },
    {
      name      = "fin-payments-db-sink"
      class     = "PostgresSink"
      direction = "sink"
      tasks     = 1
      paused    = true
      topics    = ["fin.payments.v1"]
      config = {
        "connection.host"   = "payments-db.fin.internal.example.org"
        "table.name.format" = "$${topic}"
        "quote.test"        = "say \"hi\" \\ bye"
      }
      secrets = {
        "connection.password" = { secret_id = var.db_secret_id, key = "password" }
        "connection.user"     = { secret_id = var.db_secret_id, key = "username" }
      }
      errors_tolerance  = "none"
      dead_letter_queue = false
    },
    {
      name              = "fin-ledger-cdc-source"
      class             = "PostgresCdcSourceV2"
      direction         = "source"
      tasks             = 1
      paused            = false
      topics            = []
      config            = { "topic.prefix" = "fin.ledger" }
      secrets           = {}
      errors_tolerance  = "none"
      dead_letter_queue = false
    },
  ]
}

output "config_nonsensitive" {
  value = module.config.config_nonsensitive
}

output "config_sensitive" {
  value     = module.config.config_sensitive
  sensitive = true
}

output "dlq_topic_names" {
  value = module.config.dlq_topic_names
}
