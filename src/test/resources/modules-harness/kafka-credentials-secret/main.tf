# Test harness: plans kafka-credentials-secret offline with fake credentials (TerraformCli.stage adds the provider).
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
