<#include "header.ftl">

module "department" {
  source = ${hcl(m.modulesSource)}

  department = {
    name = ${hcl(m.departmentName)}
    prefix = ${hcl(m.prefix)}
    owners = ${hcl(m.owners)}
    cost_center = ${hcl(m.costCenter!)}
  }

  platform = {
    name = ${hcl(m.platform.name)}
    organization_id = ${hcl(m.platform.organizationId)}
    environment_id = ${hcl(m.platform.environmentId)}
    kafka_cluster_id = ${hcl(m.platform.kafkaClusterId)}
    kafka_rest_endpoint = ${hcl(m.platform.kafkaRestEndpoint)}
    cloud = ${hcl(m.platform.cloud)}
    region = ${hcl(m.platform.region)}
    egress_gateway_id = ${hcl(m.platform.egressGatewayId!)}
    aws_account_id = ${hcl(m.platform.awsAccountId)}
    aws_region = ${hcl(m.platform.awsRegion)}
    operator_connector_role = ${hcl(m.platform.operatorConnectorRole!)}
    secret_recovery_window_days = ${hcl(m.platform.secretRecoveryWindowDays)}
  }

  # What the department may reach (the platform file's isolation section): secrets and buckets under these
  # starts, never the state bucket; the metrics reader's MetricsViewer binding ("none" or "cluster").
  isolation = {
    secret_name_prefix = ${hcl(m.isolation.secretNamePrefix)}
    bucket_name_prefix = ${hcl(m.isolation.bucketNamePrefix)}
    bucket_allowlist = ${hcl(m.isolation.bucketAllowlist)}
    state_bucket = ${hcl(m.isolation.stateBucket!)}
    metrics_reader = ${hcl(m.isolation.metricsReader)}
  }

  # Connect cluster: "managed" binds to the platform's cluster; "self-managed" runs workers on ECS Fargate.
  runtime = ${hcl(m.runtime)}
<#if m.selfManaged??>
  self_managed = {
    workers = ${hcl(m.selfManaged.workers)}
    image = ${hcl(m.selfManaged.image)}
    cpu = ${hcl(m.selfManaged.cpu)}
    memory = ${hcl(m.selfManaged.memory)}
    subnet_ids = ${hcl(m.selfManaged.subnetIds)}
    security_group_ids = ${hcl(m.selfManaged.securityGroupIds)}
    log_retention_days = ${hcl(m.selfManaged.logRetentionDays)}
  }
  # The workers' REST API (from the platform file): internal load balancer, TLS, deploy network only.
  self_managed_rest_access = {
    vpc_id = ${hcl(m.selfManaged.rest.vpcId)}
    subnet_ids = ${hcl(m.selfManaged.rest.subnetIds)}
    deploy_cidrs = ${hcl(m.selfManaged.rest.deployCidrs)}
    certificate_arn = ${hcl(m.selfManaged.rest.certificateArn)}
    private_zone_id = ${hcl(m.selfManaged.rest.privateZoneId)}
    domain = ${hcl(m.selfManaged.rest.domain)}
  }
</#if>

  # The department's topics; DLQ and Connect internal topics are added by the module.
  topics = [
<#list m.topics as topic>
    {
      name = ${hcl(topic.name)}
      partitions = ${hcl(topic.partitions)}
      config = {
<#list topic.config as key, value>
        ${hcl(key)} = ${hcl(value)}
</#list>
      }
    },
</#list>
  ]

  # Private Link egress: an access point and DNS records on the platform's egress gateway per endpoint.
  private_link_egress = [
<#list m.privateLinkEgress as endpoint>
    {
      name = ${hcl(endpoint.name)}
      vpc_endpoint_service_name = ${hcl(endpoint.vpcEndpointServiceName)}
      dns_domains = ${hcl(endpoint.dnsDomains)}
    },
</#list>
  ]

  # AWS IAM roles the connectors assume through a Confluent provider integration.
  iam_roles = [
<#list m.iamRoles as role>
    {
      name = ${hcl(role.name)}
      s3_buckets = ${hcl(role.s3Buckets)}
      s3_access = ${hcl(role.s3Access)}
      kms_key_arns = ${hcl(role.kmsKeyArns)}
    },
</#list>
  ]

  # Connectors. Managed ones are created by the module, with secrets read from AWS Secrets Manager at plan time
  # (only references are here); self-managed ones get their ACLs, DLQs and secret access here and are created
  # below as connectonboard_connector resources.
  connectors = [
<#list m.connectors as connector>
    {
      name = ${hcl(connector.name)}
      class = ${hcl(connector.connectorClass)}
      direction = ${hcl(connector.direction)}
      tasks = ${hcl(connector.tasks)}
      paused = ${hcl(connector.paused)}
      keep_running = ${hcl(connector.keepRunning)}
<#if connector.createsTopicsUnder??>
      creates_topics_under = ${hcl(connector.createsTopicsUnder)}
</#if>
      topics = ${hcl(connector.topics)}
      iam_role = ${hcl(connector.iamRole!)}
      private_link = ${hcl(connector.privateLink!)}
      errors_tolerance = ${hcl(connector.errorsTolerance)}
      dead_letter_queue = ${hcl(connector.deadLetterQueue)}
      config = {
<#list connector.config as key, value>
        ${hcl(key)} = ${hcl(value)}
</#list>
      }
      secrets = {
<#list connector.secrets as key, secret>
        ${hcl(key)} = { secret_id = ${hcl(secret.secretId)}, key = ${hcl(secret.key)} }
</#list>
      }
    },
</#list>
  ]

  # Extra tags for every AWS resource; the module adds Department, Platform, CostCenter, Owners and ManagedBy.
  tags = var.extra_tags
}
<#if m.selfManaged??>

# Self-managed connectors, on the department's workers through their REST API (the connectonboard provider):
# created with their initial state, changed, paused, resumed and deleted by terraform apply. Secrets are
# ${"$"}{secretsmanager:<secret-id>:<key>} references the workers resolve; no value is here.
locals {
  self_managed_connectors = {
<#list m.selfManagedConnectors as connector>
    ${hcl(connector.name)} = {
      state = ${hcl(connector.state)}
      config = {
<#list connector.config as key, value>
        ${hcl(key)} = ${hcl(value)}
</#list>
      }
      bootstrap_keys = ${hcl(connector.bootstrapKeys)}
    }
</#list>
  }
}

resource "connectonboard_connector" "this" {
  for_each = local.self_managed_connectors

  name = each.key
  state = each.value.state
  config = merge(each.value.config, { for key in each.value.bootstrap_keys : key => module.department.kafka_bootstrap_servers })

  # After the workers are steady and the topics, ACLs and secrets they use exist.
  depends_on = [module.department]
}
</#if>
<#if m.quotaGate??>

# Fails the plan when the department is over its connector quota (same check as `connect-onboard quota check`).
data "connectonboard_quota" "this" {
  department = ${hcl(m.departmentName)}
  enforce = ${hcl(m.quotaGate.enforce)}
}
</#if>
