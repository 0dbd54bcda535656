<!--
<#list m.header as line>
${line}
</#list>
-->
# Department `${m.departmentName}` (prefix `${m.prefix}`)

Terraform root module for the department's Kafka Connect onboarding on platform `${m.platform.name}`,
generated from `${m.descriptorFile}`. Owners: ${m.owners?join(", ")}.

| component | what this module creates |
| --- | --- |
<#if m.runtime == "managed">
| Connect cluster | fully managed connectors on Kafka cluster `${m.platform.kafkaClusterId}` (environment `${m.platform.environmentId}`) |
<#else>
| Connect cluster | ${m.selfManaged.workers} self-managed worker(s) on ECS Fargate (`${m.selfManaged.image}`), CloudWatch logs kept ${m.selfManaged.logRetentionDays} days, internal topics `${m.prefix}.connect-configs`, `${m.prefix}.connect-offsets`, `${m.prefix}.connect-status` |
</#if>
| Service accounts | `${m.prefix}-connectors-${m.platform.name}`, `${m.prefix}-operators-${m.platform.name}`, `${m.prefix}-metrics-reader-${m.platform.name}`, their API keys, ACLs and role bindings scoped to `${m.prefix}` |
| IAM roles | <#list m.iamRoles as role>`${m.prefix}-${role.name}` (${role.s3Access} on ${role.s3Buckets?join(", ")})<#sep>, </#sep><#else>none</#list> |
| DLQ and topics | <#list m.topics as topic>`${topic.name}`<#sep>, </#sep></#list><#list m.connectors?filter(c -> c.deadLetterQueue) as c><#if c?is_first>; DLQs </#if>`${c.deadLetterQueueTopic}`<#sep>, </#sep></#list><#list m.connectors?filter(c -> c.createsTopicsUnder??) as c><#if c?is_first>; topics the connectors create themselves (not managed here) under </#if>`${c.createsTopicsUnder}`<#sep>, </#sep></#list> |
| Private Link egress | <#list m.privateLinkEgress as endpoint>`${endpoint.name}` → ${endpoint.dnsDomains?join(", ")}<#sep>; </#sep><#else>none</#list> |
| Connectors | <#list m.connectors as c>`${c.name}` (${c.connectorClass}, ${c.tasks} task(s)<#if c.paused>, paused</#if>)<#sep>, </#sep><#else>none</#list><#if m.selfManaged??>, on the department's workers (`connectonboard_connector`)</#if> |

## Plan and apply

```sh
export CONFLUENT_CLOUD_API_KEY=... CONFLUENT_CLOUD_API_SECRET=... KAFKA_API_KEY=... KAFKA_API_SECRET=...
terraform init
terraform plan
```

The first `terraform init` writes `.terraform.lock.hcl`; commit it (generate never touches it), so the pull
request's plan and the merge's apply use the same provider builds. For every platform the pipelines run on:
`terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`.

The operators' Kafka API key (reads the department's topics) is a sensitive output:
`terraform output -json operators_kafka_api_key`.
<#if m.quotaGate??>

`terraform plan` evaluates the department's connector quota through the `connectonboard` provider and fails when
the department is over it (install the provider once with `connect-onboard provider install`).
</#if>
<#if m.runtime == "managed" && m.connectors?has_content>

## Connector run state, and a failed connector

Terraform sets a connector's status only when the descriptor says so: `state: paused` pauses it (a new connector is
created running, since Confluent Cloud cannot create one paused, and paused by the next apply); `state: running`
resumes a paused one. Without `state`, the status is Confluent Cloud's, and `terraform plan` warns about connectors
that are FAILED, DEGRADED or paused outside Terraform.

When a connector fails (`connect-onboard status --department ${m.departmentName}` shows the error):

1. Fix its config in the descriptor; if the connector has `state: running`, remove that line in the same change
   (the Confluent provider refuses FAILED -> RUNNING and would stop the apply before the config update).
   Regenerate and merge: the apply updates the config without touching the status, and Confluent Cloud restarts
   the connector with it.
2. If it still fails with a correct config (the data system was down, say), restart it from the Confluent Cloud
   console or with `POST /connect/v1/environments/${m.platform.environmentId}/clusters/${m.platform.kafkaClusterId}/connectors/<name>/restart`.
3. Last resort: `terraform apply -replace='module.department.module.connectors[0].confluent_connector.this["<name>"]'`
   re-creates it with a new id, so a sink's consumer group and a source's offsets start over.
</#if>
<#if m.selfManaged??>

## Self-managed connectors

The workers run on ECS Fargate behind an internal load balancer (TLS, reachable from the platform's deploy network
only, HTTP Basic with the REST user in Secrets Manager). Each connector is a `connectonboard_connector` resource in
`main.tf`: `terraform apply` creates it with its initial state (a paused connector never runs first), changes its
config, pauses, resumes or stops it, puts back changes made through the REST API, and deletes it when it leaves the
descriptor. Run `terraform plan` and `apply` from the deploy network. Secrets are
`${"$"}{secretsmanager:<secret-id>:<key>}` references that the workers' AWS Secrets Manager config provider resolves
at run time; no secret value is in these files.
</#if>
