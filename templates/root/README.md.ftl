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
| DLQ and topics | <#list m.topics as topic>`${topic.name}`<#sep>, </#sep></#list><#list m.connectors?filter(c -> c.deadLetterQueue) as c><#if c?is_first>; DLQs </#if>`${c.deadLetterQueueTopic}`<#sep>, </#sep></#list> |
| Private Link egress | <#list m.privateLinkEgress as endpoint>`${endpoint.name}` → ${endpoint.dnsDomains?join(", ")}<#sep>; </#sep><#else>none</#list> |
| Connectors | <#list m.connectors as c>`${c.name}` (${c.connectorClass}, ${c.tasks} task(s)<#if c.paused>, paused</#if>)<#sep>, </#sep><#else>none</#list><#if m.selfManagedConnectorFiles?has_content>, run from `connectors/*.json`</#if> |

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
<#if m.runtime == "managed" && m.connectors?filter(c -> c.paused)?has_content>

Connectors marked `state: paused` are created running (Confluent Cloud cannot create a connector paused) and paused
by the next apply.
</#if>
<#if m.selfManagedConnectorFiles?has_content>

## Self-managed connectors

The workers run on ECS; their connectors are the JSON files in `connectors/`, posted to the workers' REST API by
the deploy step after `terraform apply`:

```sh
for f in connectors/*.json; do
  name=$(jq -r .name "$f")
  jq .config "$f" | curl -fsS -X PUT -H 'Content-Type: application/json' --data @- "$CONNECT_URL/connectors/$name/config"
  if [ "$(jq -r .initial_state "$f")" = PAUSED ]; then curl -fsS -X PUT "$CONNECT_URL/connectors/$name/pause"; fi
done
```

Secrets are `${"$"}{secretsmanager:<secret-id>:<key>}` references that the workers' AWS Secrets Manager config provider
resolves at runtime; no secret value is in these files.
</#if>
