resource "confluent_provider_integration" "writer" {
  display_name = "fin-archive-writer"

  environment {
    id = "env-7q2x9m"
  }

  environment {
    id = "env-other"
  }

  aws {
    customer_role_arn = "arn:aws:iam::123456789012:role/fin-archive-writer"
    external_id       = "chosen-by-us"
  }
}

data "confluent_gateways" "all" {
}
