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
    },
</#list>
  ]

  # Connectors. Managed ones are created by the module, with secrets read from AWS Secrets Manager at plan time
  # (only references are here); self-managed ones run from the JSON files in connectors/.
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
<#if m.quotaGate??>

# Fails the plan when the department is over its connector quota (same check as `connect-onboard quota check`).
data "connectonboard_quota" "this" {
  department = ${hcl(m.departmentName)}
  enforce = ${hcl(m.quotaGate.enforce)}
}
</#if>
