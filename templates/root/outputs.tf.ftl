<#include "header.ftl">

output "connect_onboard" {
  description = "The department and platform of this root: connect-onboard plan check reads them from the plan."
  value = {
    department = ${hcl(m.departmentName)}
    platform = ${hcl(m.platform.name)}
  }
}

output "service_account_ids" {
  description = "Service accounts of the department's connectors, operators and metrics reader."
  value = module.department.service_account_ids
}

output "connector_ids" {
  description = "Connector ids (lcc-...) by name, for status and metrics queries."
  value = module.department.connector_ids
}

output "dead_letter_queue_topics" {
  description = "DLQ topic of each connector that asked for one, by connector name."
  value = module.department.dlq_topic_names
}

output "iam_role_arns" {
  description = "AWS IAM role ARNs by role name."
  value = module.department.iam_role_arns
}

output "metrics_api_key" {
  description = "Cloud API key of the metrics reader, for the department's own monitoring (Metrics API)."
  value = module.department.metrics_reader_api_key
  sensitive = true
}

output "operators_kafka_api_key" {
  description = "Kafka API key (id, secret) of the operators service account, which reads the department's topics; fetch it with: terraform output -json operators_kafka_api_key"
  value = {
    id = module.department.kafka_api_key_ids.operators
    secret = module.department.kafka_api_key_secrets.operators
  }
  sensitive = true
}
<#if m.selfManaged??>

output "log_group_name" {
  description = "CloudWatch log group the department's Connect workers write to."
  value = module.department.ecs_log_group_name
}
</#if>
<#if m.quotaGate??>

output "quota" {
  description = "The department's connector limits, usage and headroom as evaluated during plan."
  value = data.connectonboard_quota.this
}
</#if>
