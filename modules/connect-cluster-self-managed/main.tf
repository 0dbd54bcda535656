locals {
  name           = "${var.prefix}-connect"
  group_id       = "${var.prefix}-connect"
  log_group_name = "/connect-onboard/${var.prefix}/connect-workers"
  container_name = "connect-worker"
  rest_port      = 8083

  internal_topics = {
    configs = "${var.prefix}.connect-configs"
    offsets = "${var.prefix}.connect-offsets"
    status  = "${var.prefix}.connect-status"
  }

  bootstrap_servers = replace(var.kafka_bootstrap_endpoint, "/^[A-Za-z_]+:\\/\\//", "")
  heap_mib          = floor(var.memory * 0.75)

  # Lower-case on purpose: the image turns CONNECT_CONFIG_PROVIDERS_* env names into lower-case
  # properties, so the alias connectors use is ${secretsmanager:<secret-id>:<key>}.
  config_provider_alias = "secretsmanager"
  config_provider_class = "io.confluent.csid.config.provider.aws.SecretsManagerConfigProvider"

  # Kafka's basic-auth REST extension (connect-basic-auth-extension, shipped with Apache Kafka and Confluent
  # Platform) checks every REST call against a JAAS PropertyFileLoginModule; the start command writes its user file
  # from the REST credentials secret, so the password never sits in the task definition.
  rest_auth_dir        = "/tmp/connect-rest-auth"
  rest_extension_class = "org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension"

  base_properties = {
    "bootstrap.servers"                                = local.bootstrap_servers
    "group.id"                                         = local.group_id
    "config.storage.topic"                             = local.internal_topics.configs
    "offset.storage.topic"                             = local.internal_topics.offsets
    "status.storage.topic"                             = local.internal_topics.status
    "config.storage.replication.factor"                = "3"
    "offset.storage.replication.factor"                = "3"
    "status.storage.replication.factor"                = "3"
    "key.converter"                                    = "org.apache.kafka.connect.json.JsonConverter"
    "value.converter"                                  = "org.apache.kafka.connect.json.JsonConverter"
    "rest.port"                                        = tostring(local.rest_port)
    "plugin.path"                                      = "/usr/share/java,/usr/share/confluent-hub-components"
    "security.protocol"                                = "SASL_SSL"
    "sasl.mechanism"                                   = "PLAIN"
    "producer.security.protocol"                       = "SASL_SSL"
    "producer.sasl.mechanism"                          = "PLAIN"
    "consumer.security.protocol"                       = "SASL_SSL"
    "consumer.sasl.mechanism"                          = "PLAIN"
    "admin.security.protocol"                          = "SASL_SSL"
    "admin.sasl.mechanism"                             = "PLAIN"
    "config.providers"                                 = local.config_provider_alias
    "config.providers.secretsmanager.class"            = local.config_provider_class
    "config.providers.secretsmanager.param.aws.region" = var.aws_region
    "rest.extension.classes"                           = local.rest_extension_class
  }

  worker_properties = merge(local.base_properties, var.worker_properties)

  # cp-kafka-connect maps CONNECT_FOO_BAR to foo.bar.
  environment = concat(
    [for k in sort(keys(local.worker_properties)) : {
      name  = "CONNECT_${upper(replace(k, ".", "_"))}"
      value = local.worker_properties[k]
    }],
    [
      { name = "KAFKA_HEAP_OPTS", value = "-Xms${local.heap_mib}M -Xmx${local.heap_mib}M" },
      { name = "CONNECT_LOG4J_ROOT_LOGLEVEL", value = "INFO" },
    ],
  )

  # REST_BASIC_AUTH_* on purpose: the image turns every CONNECT_* variable into a worker property.
  container_secrets = concat(
    [for p in ["", "PRODUCER_", "CONSUMER_", "ADMIN_"] : {
      name      = "CONNECT_${p}SASL_JAAS_CONFIG"
      valueFrom = "${var.kafka_credentials_secret_arn}:sasl_jaas_config::"
    }],
    [
      { name = "REST_BASIC_AUTH_USERNAME", valueFrom = "${var.rest_credentials_secret_arn}:username::" },
      { name = "REST_BASIC_AUTH_PASSWORD", valueFrom = "${var.rest_credentials_secret_arn}:password::" },
    ],
  )

  # Fargate assigns the task IP at start; the REST advertised host must be that address so workers can
  # forward requests to the leader.
  start_command = join(" && ", concat(
    [for p in var.confluent_hub_plugins : "confluent-hub install --no-prompt ${p}"],
    [
      "mkdir -p ${local.rest_auth_dir} && umask 077",
      "printf '%s: %s\\n' \"$REST_BASIC_AUTH_USERNAME\" \"$REST_BASIC_AUTH_PASSWORD\" > ${local.rest_auth_dir}/users.properties",
      "printf 'KafkaConnect {\\n  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required\\n  file=\"${local.rest_auth_dir}/users.properties\";\\n};\\n' > ${local.rest_auth_dir}/jaas.conf",
      "export KAFKA_OPTS=\"$${KAFKA_OPTS:-} -Djava.security.auth.login.config=${local.rest_auth_dir}/jaas.conf\"",
      "export CONNECT_REST_ADVERTISED_HOST_NAME=\"$(hostname -i 2>/dev/null | cut -d' ' -f1 || true)\"",
      "if [ -z \"$CONNECT_REST_ADVERTISED_HOST_NAME\" ]; then export CONNECT_REST_ADVERTISED_HOST_NAME=\"$HOSTNAME\"; fi",
      "exec /etc/confluent/docker/run",
    ],
  ))

  container_definitions = [{
    name        = local.container_name
    image       = var.image
    essential   = true
    entryPoint  = ["bash", "-c"]
    command     = [local.start_command]
    environment = local.environment
    secrets     = local.container_secrets
    portMappings = [{
      containerPort = local.rest_port
      protocol      = "tcp"
    }]
    # GET /health (KIP-1017, Kafka 3.9+) answers 200 once the worker has joined its group; it needs the REST user.
    healthCheck = {
      command     = ["CMD-SHELL", "curl -fs -u \"$REST_BASIC_AUTH_USERNAME:$REST_BASIC_AUTH_PASSWORD\" http://localhost:${local.rest_port}/health > /dev/null || exit 1"]
      interval    = 30
      timeout     = 5
      retries     = 5
      startPeriod = 180
    }
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        "awslogs-group"         = aws_cloudwatch_log_group.workers.name
        "awslogs-region"        = var.aws_region
        "awslogs-stream-prefix" = "worker"
      }
    }
  }]

  is_ecr_image = can(regex("^[0-9]{12}\\.dkr\\.ecr\\.", var.image))
}

resource "aws_cloudwatch_log_group" "workers" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_ecs_cluster" "this" {
  name = local.name
  tags = var.tags

  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }
}

data "aws_iam_policy_document" "ecs_tasks_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# Execution role: what ECS itself needs to start the container (pull, logs, inject the Kafka credentials).
resource "aws_iam_role" "execution" {
  name               = "${local.name}-execution"
  description        = "ECS execution role of the Kafka Connect workers of ${var.prefix}"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
  tags               = var.tags
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "WriteWorkerLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.workers.arn}:*"]
  }

  statement {
    sid       = "ReadWorkerSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.kafka_credentials_secret_arn, var.rest_credentials_secret_arn]
  }

  dynamic "statement" {
    for_each = length(var.kms_key_arns) > 0 ? [1] : []
    content {
      sid       = "DecryptSecrets"
      actions   = ["kms:Decrypt"]
      resources = var.kms_key_arns
    }
  }

  dynamic "statement" {
    for_each = local.is_ecr_image ? [1] : []
    content {
      sid       = "PullFromEcr"
      actions   = ["ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "${local.name}-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Task role: what the workers (and the connectors in them) may do at run time.
resource "aws_iam_role" "task" {
  name               = "${local.name}-task"
  description        = "Task role of the Kafka Connect workers of ${var.prefix}: reads only the connector secrets it is given"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
  tags               = var.tags
}

locals {
  # The config provider also reads the workers' own Kafka credentials: connector configs reference them for
  # clients the connector opens itself (Debezium's schema history producer and consumer).
  task_secret_arns   = distinct(concat(var.connector_secret_arns, [var.kafka_credentials_secret_arn]))
  task_policy_needed = true
}

data "aws_iam_policy_document" "task" {
  count = local.task_policy_needed ? 1 : 0

  dynamic "statement" {
    for_each = [1]
    content {
      sid       = "ReadConnectorSecrets"
      actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
      resources = local.task_secret_arns
    }
  }

  dynamic "statement" {
    for_each = length(var.kms_key_arns) > 0 ? [1] : []
    content {
      sid       = "DecryptConnectorSecrets"
      actions   = ["kms:Decrypt"]
      resources = var.kms_key_arns
    }
  }

  dynamic "statement" {
    for_each = length(var.assumable_role_arns) > 0 ? [1] : []
    content {
      sid       = "AssumeConnectorRoles"
      actions   = ["sts:AssumeRole"]
      resources = var.assumable_role_arns
    }
  }

  dynamic "statement" {
    for_each = var.enable_execute_command ? [1] : []
    content {
      sid       = "EcsExecChannel"
      actions   = ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "task" {
  count = local.task_policy_needed ? 1 : 0

  name   = "${local.name}-task"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task[0].json
}

resource "aws_ecs_task_definition" "workers" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = tostring(var.cpu)
  memory                   = tostring(var.memory)
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  container_definitions    = jsonencode(local.container_definitions)
  tags                     = var.tags

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
}

resource "terraform_data" "start_after" {
  input = var.start_after
}

resource "aws_ecs_service" "workers" {
  name                   = local.name
  cluster                = aws_ecs_cluster.this.id
  task_definition        = aws_ecs_task_definition.workers.arn
  desired_count          = var.workers
  launch_type            = "FARGATE"
  enable_execute_command = var.enable_execute_command
  propagate_tags         = "SERVICE"
  tags                   = var.tags

  # Connect rebalances on every membership change; replace workers one at a time.
  deployment_minimum_healthy_percent = 50
  deployment_maximum_percent         = 150

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = concat(var.security_group_ids, [aws_security_group.workers.id])
    assign_public_ip = var.assign_public_ip
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.rest.arn
    container_name   = local.container_name
    container_port   = local.rest_port
  }

  # Workers need a while to join their group; the load balancer must not kill them for it.
  health_check_grace_period_seconds = 240

  # A crash-looping image (a plugin or the config provider missing) fails the apply instead of passing silently.
  wait_for_steady_state = true

  timeouts {
    create = "30m"
    update = "30m"
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  depends_on = [aws_iam_role_policy.execution, aws_lb_listener.rest, terraform_data.start_after]
}
