# Test harness: plans aws-endpoint-service-principal offline with fake credentials (TerraformCli.stage adds the provider).
module "principal" {
  source = "../../modules/aws-endpoint-service-principal"

  endpoint_service_names = {
    payments-db = "com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0"
    ledger-api  = "com.amazonaws.vpce.eu-west-1.vpce-svc-0fedcba9876543210"
  }
  principal_arn = "arn:aws:iam::987654321098:role/confluent-egress-gw-4v8n1c"
  vpc_endpoint_ids = {
    payments-db = "vpce-0a1b2c3d4e5f60718"
    ledger-api  = "vpce-0f1e2d3c4b5a69788"
  }
}

output "endpoint_service_ids" {
  value = module.principal.endpoint_service_ids
}

output "accepted_ids" {
  value = module.principal.accepted_ids
}
