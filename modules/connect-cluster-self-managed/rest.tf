# The workers' REST API: an internal Network Load Balancer with a TLS listener in front of port 8083, reachable only
# from the platform's deploy network, under a stable name in the platform's private zone; HTTP Basic credentials
# (Kafka's basic-auth REST extension) come from the secret rest_credentials_secret_arn names (rest-credentials-secret).

locals {
  rest_host = "${var.prefix}-connect.${var.rest_access.domain}"
}

resource "aws_security_group" "rest_lb" {
  name        = "${var.prefix}-connect-rest-lb"
  description = "Connect REST load balancer of ${var.prefix}: TLS from the deploy network only"
  vpc_id      = var.rest_access.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "rest_lb_from_deploy" {
  for_each = toset(var.rest_access.deploy_cidrs)

  security_group_id = aws_security_group.rest_lb.id
  description       = "Connect REST API over TLS from the deploy network"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "rest_lb_to_workers" {
  security_group_id            = aws_security_group.rest_lb.id
  description                  = "To the workers' REST port"
  referenced_security_group_id = aws_security_group.workers.id
  ip_protocol                  = "tcp"
  from_port                    = local.rest_port
  to_port                      = local.rest_port
}

# Added to the workers besides the department's own groups: REST from the load balancer and between workers
# (followers forward requests to the leader).
resource "aws_security_group" "workers" {
  name        = "${var.prefix}-connect-workers"
  description = "Kafka Connect workers of ${var.prefix}: REST from their load balancer and each other"
  vpc_id      = var.rest_access.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "workers_from_lb" {
  security_group_id            = aws_security_group.workers.id
  description                  = "REST from the load balancer"
  referenced_security_group_id = aws_security_group.rest_lb.id
  ip_protocol                  = "tcp"
  from_port                    = local.rest_port
  to_port                      = local.rest_port
}

resource "aws_vpc_security_group_ingress_rule" "workers_from_workers" {
  security_group_id            = aws_security_group.workers.id
  description                  = "REST between workers (request forwarding to the leader)"
  referenced_security_group_id = aws_security_group.workers.id
  ip_protocol                  = "tcp"
  from_port                    = local.rest_port
  to_port                      = local.rest_port
}

resource "aws_lb" "rest" {
  name               = "${var.prefix}-connect-rest"
  internal           = true
  load_balancer_type = "network"
  subnets            = var.rest_access.subnet_ids
  security_groups    = [aws_security_group.rest_lb.id]
  tags               = var.tags
}

resource "aws_lb_target_group" "rest" {
  name                 = "${var.prefix}-connect-rest"
  port                 = local.rest_port
  protocol             = "TCP"
  target_type          = "ip"
  vpc_id               = var.rest_access.vpc_id
  deregistration_delay = 30
  tags                 = var.tags

  # TCP, not HTTP: every REST path needs the REST user; the container health check (GET /health) covers the worker.
  health_check {
    protocol            = "TCP"
    interval            = 10
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "rest" {
  load_balancer_arn = aws_lb.rest.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = var.rest_access.certificate_arn
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  tags              = var.tags

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.rest.arn
  }
}

resource "aws_route53_record" "rest" {
  zone_id = var.rest_access.private_zone_id
  name    = local.rest_host
  type    = "A"

  alias {
    name                   = aws_lb.rest.dns_name
    zone_id                = aws_lb.rest.zone_id
    evaluate_target_health = false
  }
}
