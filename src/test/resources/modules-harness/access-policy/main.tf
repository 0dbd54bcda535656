# Test harness: the ACLs and role bindings of a managed and a self-managed department (no provider needed).

module "managed" {
  source = "../../modules/access-policy"

  prefix                  = "fin"
  organization_id         = "0b3c5a8e-1111-2222-3333-444455556666"
  environment_id          = "env-7q2x9m"
  kafka_cluster_id        = "lkc-5k3p2d"
  runtime                 = "managed"
  sink_topics             = ["fin.payments.v1", "fin.refunds.v1", "fin.payments.v1"]
  source_topics           = ["fin.payments.public.payments", "fin.payments.public.payments"]
  source_topic_prefixes   = ["fin.crm."]
  dlq_topics              = ["fin.dlq.fin-payments-s3-sink"]
  operator_connector_role = "ConnectManager"
}

module "self_managed" {
  source = "../../modules/access-policy"

  prefix           = "res"
  metrics_reader   = "cluster"
  organization_id  = "0b3c5a8e-1111-2222-3333-444455556666"
  environment_id   = "env-7q2x9m"
  kafka_cluster_id = "lkc-5k3p2d"
  runtime          = "self-managed"
  sink_topics      = ["res.samples.v1"]
  self_managed_worker = {
    group_id        = "res-connect"
    internal_topics = ["res.connect-configs", "res.connect-offsets", "res.connect-status"]
  }
}

output "managed_acls" {
  value = module.managed.connector_acls
}

output "managed_bindings" {
  value = module.managed.operator_role_bindings
}

output "self_managed_acls" {
  value = module.self_managed.connector_acls
}

output "self_managed_bindings" {
  value = module.self_managed.operator_role_bindings
}

output "managed_metrics_viewer_crn" {
  value = module.managed.metrics_viewer_crn
}

output "self_managed_metrics_viewer_crn" {
  value = module.self_managed.metrics_viewer_crn
}
