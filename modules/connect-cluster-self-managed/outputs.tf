output "ecs_cluster_name" {
  description = "Name of the ECS cluster of the workers."
  value       = aws_ecs_cluster.this.name
}

output "ecs_cluster_arn" {
  description = "ARN of the ECS cluster of the workers."
  value       = aws_ecs_cluster.this.arn
}

output "ecs_service_name" {
  description = "Name of the ECS service running the workers."
  value       = aws_ecs_service.workers.name
}

output "task_definition_arn" {
  description = "ARN of the current task definition revision."
  value       = aws_ecs_task_definition.workers.arn
}

output "log_group_name" {
  description = "CloudWatch log group the department's operators read the worker logs from."
  value       = aws_cloudwatch_log_group.workers.name
}

output "log_group_arn" {
  description = "ARN of the worker log group (grant operators logs:FilterLogEvents/GetLogEvents on it)."
  value       = aws_cloudwatch_log_group.workers.arn
}

output "task_role_arn" {
  description = "ARN of the workers' task role (trusted by aws-connector-role roles of self-managed departments)."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of the workers' task role."
  value       = aws_iam_role.task.name
}

output "execution_role_arn" {
  description = "ARN of the ECS execution role."
  value       = aws_iam_role.execution.arn
}

output "group_id" {
  description = "Connect worker group id (\"<prefix>-connect\"); the Kafka principal needs READ on this group."
  value       = local.group_id
}

output "internal_topics" {
  description = "Names of the three compacted internal topics (configs, offsets, status) the workers expect."
  value       = local.internal_topics
}

output "config_provider_reference_format" {
  description = "How connector configs reference a Secrets Manager value on these workers."
  value       = "$${${local.config_provider_alias}:<secret-id>:<json-key>}"
}

output "rest_url" {
  description = "The workers' REST API (TLS on the internal load balancer, stable name in the platform's private zone); give it to the connectonboard provider as connect_rest_url."
  # Built from the record's name, so it is known while planning; callers still wait for the record.
  value      = "https://${local.rest_host}"
  depends_on = [aws_route53_record.rest, aws_lb_listener.rest]
}

output "workers_ready_id" {
  description = "Known once the ECS service reached a steady state: connectors depend on it."
  value       = aws_ecs_service.workers.id
}

output "rest_hint" {
  description = "How to reach the Connect REST API."
  value       = "Connect REST API: https://${local.rest_host} from the deploy network (${join(", ", var.rest_access.deploy_cidrs)}), HTTP Basic with the user and password in the secret ${var.rest_credentials_secret_arn}. Logs: CloudWatch group ${local.log_group_name}."
}

output "bootstrap_servers" {
  description = "Kafka bootstrap servers as host:port, for clients connectors open themselves (Debezium's schema history)."
  value       = local.bootstrap_servers
}
