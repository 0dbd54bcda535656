# Test harness: plans kafka-credentials-secret offline with fake credentials.
provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "api_secret" {
  type      = string
  sensitive = true
}

module "secret" {
  source = "../../modules/kafka-credentials-secret"

  name       = "fin/connect-worker/kafka-api-key"
  api_key    = "ABCDEFGHIJKLMNOP"
  api_secret = var.api_secret
  tags       = { Department = "finance" }
}
