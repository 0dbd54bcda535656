<#include "header.ftl">

# Credentials come from the environment, never from files:
#   CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET  the platform's Cloud API key
#   KAFKA_API_KEY / KAFKA_API_SECRET                      a Kafka API key of the platform's cluster admin account
provider "confluent" {
  kafka_id = ${hcl(m.platform.kafkaClusterId)}
  kafka_rest_endpoint = ${hcl(m.platform.kafkaRestEndpoint)}
}

# AWS resources are tagged by the modules (Department, Platform, CostCenter, Owners, ManagedBy = connect-onboard,
# plus var.extra_tags): one tag set, so no default_tags here.
provider "aws" {
  region = ${hcl(m.platform.awsRegion)}
  allowed_account_ids = ${hcl([m.platform.awsAccountId])}
}
<#if m.quotaGate?? || m.selfManaged??>

# The connect-onboard provider (install it with: connect-onboard provider install)<#if m.quotaGate??> evaluates the department's
# connector quota during plan</#if><#if m.selfManaged??><#if m.quotaGate??> and</#if> manages the connectors on the department's workers; their REST
# address and credentials come from the department module, so on the first apply they are known only once created</#if>.
provider "connectonboard" {
<#if m.quotaGate??>
  platform_file = ${hcl(m.quotaGate.platformFile)}
  quotas_file = ${hcl(m.quotaGate.quotasFile)}
  descriptors = ${hcl(m.quotaGate.descriptors)}
<#else>
  platform_file = ${hcl(m.selfManaged.platformFile)}
</#if>
<#if m.selfManaged?? && m.offboard??>
  # Offboarding: the module is gone, so the workers' address and REST credentials are read directly.
  connect_rest_url = ${hcl(m.offboard.restUrl!)}
  connect_rest_username = jsondecode(data.aws_secretsmanager_secret_version.rest_credentials.secret_string).username
  connect_rest_password = jsondecode(data.aws_secretsmanager_secret_version.rest_credentials.secret_string).password
<#elseif m.selfManaged??>
  connect_rest_url = module.department.connect_rest_url
  connect_rest_username = module.department.connect_rest_username
  connect_rest_password = module.department.connect_rest_password
</#if>
}
</#if>
