# Test harness: one candidate topic name given to modules/topics (as a department topic) and to
# modules/access-policy (as a sink and a source topic); TopicRuleAgreementTest plans it once per candidate.
terraform {
  required_providers {
    confluent = {
      source = "confluentinc/confluent"
    }
  }
}

variable "topic" {
  type        = string
  description = "The candidate topic name."
}

variable "modules" {
  type        = list(string)
  description = "Which modules to plan: \"topics\" and/or \"access-policy\" (a module not planned validates nothing)."
}

provider "confluent" {
  kafka_id            = "lkc-5k3p2d"
  kafka_rest_endpoint = "https://lkc-5k3p2d.eu-west-1.aws.private.confluent.cloud:443"
}

module "topics" {
  source = "../../modules/topics"
  count  = contains(var.modules, "topics") ? 1 : 0

  prefix = "hr"
  topics = [{ name = var.topic, partitions = 1, config = {} }]
}

module "policy" {
  source = "../../modules/access-policy"
  count  = contains(var.modules, "access-policy") ? 1 : 0

  prefix           = "hr"
  organization_id  = "0b3c5a8e-1111-2222-3333-444455556666"
  environment_id   = "env-7q2x9m"
  kafka_cluster_id = "lkc-5k3p2d"
  runtime          = "managed"
  sink_topics      = [var.topic]
  source_topics    = [var.topic]
}

output "operator_topic_binding" {
  value = one(module.policy[*].operator_role_bindings["topics-developer-read"].crn_pattern)
}
