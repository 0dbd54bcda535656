<#if schemaPath?has_content>
# yaml-language-server: $schema=${schemaPath}
<#else>
# Editor completion: run `connect-onboard schema --out schemas` at the repository root, then start this file with
# a line "# yaml-language-server: $schema=<path to schemas/DepartmentOnboarding.json from here>".
</#if>
# Department ${name}: onboarding descriptor created by `connect-onboard init`.
# Only department and connect are required. Every other section below is an example to start from: uncomment it
# (remove the leading "# ") and adapt it. Walkthrough: examples/README.md. Every field with its meaning:
# `connect-onboard schema DepartmentOnboarding`.
apiVersion: connect-onboard/v1
kind: DepartmentOnboarding
department:
  name: ${name}
  prefix: ${prefix}                 # connectors, service accounts and IAM roles start with "${prefix}-", topics with "${prefix}."
  owners: [${owner}]                # who the platform team contacts about these connectors
  # costCenter: CC-0000             # optional: becomes a tag on AWS resources
connect:
<#if selfManaged>
  runtime: self-managed             # your own Connect workers on AWS ECS Fargate (managed: Confluent Cloud runs them)
  selfManaged:                      # REPLACE the subnet and security group ids with the ones the platform team gave you
    workers: 2
    image: connect-7-9
    cpu: 1024                       # Fargate CPU units per worker
    memory: 2048                    # MiB per worker
    subnetIds: [subnet-00000000]
    securityGroupIds: [sg-00000000]
    # logRetentionDays: 30          # days the workers' CloudWatch logs are kept
<#else>
  runtime: managed                  # Confluent Cloud runs the connectors (self-managed: your own workers on ECS Fargate)
</#if>

# Topics the department owns. Names start with "${prefix}." (one rule in validate, the modules and the ACLs).
# topics:
#   - { name: ${prefix}.orders.public.orders, partitions: 6, retentionHours: 168 }   # what the CDC source below writes
#   - name: ${prefix}.customers.v1
#     partitions: 3
#     config:
#       cleanup.policy: compact

# Endpoints the connectors reach over AWS PrivateLink, for example a database in your own VPC. The platform team
# enables the Confluent side; you allow the platform's AWS principal on your endpoint service.
# privateLinkEgress:
#   - name: orders-db
#     vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
#     dnsDomains: [orders-db.${prefix}.internal.example.org]

<#if selfManaged>
# IAM roles through a Confluent provider integration are for managed connectors only. Self-managed workers reach
# AWS with their ECS task role, which the generated Terraform creates.
<#else>
# AWS IAM roles the connectors assume, for example to write to S3. Each AWS role is named ${prefix}-<name>.
# iamRoles:
#   - name: archive-writer
#     s3: { buckets: [${prefix}-orders-archive], access: write }    # read, or write (includes read); buckets start with "${prefix}-" unless the platform allowlists them
</#if>

# Connectors. Names start with "${prefix}-". Sensitive properties go under secrets as references to AWS Secrets
# Manager, never as values, so no secret ever enters git.
# connectors:
#   - name: ${prefix}-orders-pg-cdc-source
#     class: PostgresCdcSourceV2         # connector.class: the Confluent Cloud plugin id
#     tasks: 1                           # tasks.max
#     topics: [${prefix}.orders.public.orders]   # writes <topic.prefix>.<schema>.<table>; validate lists them
#     privateLink: orders-db             # one of privateLinkEgress
#     config:                            # non-sensitive properties, passed to the connector unchanged
#       database.hostname: orders-db.${prefix}.internal.example.org
#       database.port: 5432
#       database.user: cdc_reader
#       database.dbname: orders
#       topic.prefix: ${prefix}.orders
#       table.include.list: public.orders
#       output.data.format: AVRO
#     secrets:
#       database.password: { awsSecretsManager: { secretId: ${prefix}/orders-db, key: password } }
#   - name: ${prefix}-orders-s3-sink
#     class: S3_SINK
#     tasks: 2
#     state: paused                      # paused, or running to resume one; omit to leave it to Confluent
#     topics: [${prefix}.orders.public.orders]
<#if !selfManaged>
#     iamRole: archive-writer            # one of iamRoles
</#if>
#     config:
#       s3.bucket.name: ${prefix}-orders-archive
#       input.data.format: AVRO
#       output.data.format: PARQUET
#       time.interval: HOURLY
#       flush.size: 1000
#     errors:
#       tolerance: all                   # none: stop at the first bad record; all: skip bad records
#       deadLetterQueue: true            # bad records go to the topic ${prefix}.dlq.<connector> (needs tolerance: all)
