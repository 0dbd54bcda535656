output "integrations" {
  description = "Map of role name to {id (cspi-...), iam_role_arn (Confluent's role to trust), external_id, customer_role_arn}."
  value = {
    for name, pi in confluent_provider_integration.this : name => {
      id                = pi.id
      iam_role_arn      = pi.aws[0].iam_role_arn
      external_id       = pi.aws[0].external_id
      customer_role_arn = pi.aws[0].customer_role_arn
    }
  }
}
