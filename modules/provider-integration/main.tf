# v1 resource on purpose: the v2 setup/authorization pair has no aws block.
resource "confluent_provider_integration" "this" {
  for_each = toset(var.role_names)

  display_name = "${var.prefix}-${each.key}"

  environment {
    id = var.environment_id
  }

  aws {
    # Built up front: Confluent needs the ARN before aws-connector-role can trust Confluent's role.
    customer_role_arn = "arn:aws:iam::${var.aws_account_id}:role/${var.prefix}-${each.key}"
  }
}
