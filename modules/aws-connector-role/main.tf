locals {
  role_name = "${var.prefix}-${var.name}"

  bucket_arns = [for b in var.s3_buckets : "arn:aws:s3:::${b}"]
  object_arns = [for b in var.s3_buckets : "arn:aws:s3:::${b}/*"]

  # Per Confluent's S3 connector examples; read omits every write/multipart action.
  bucket_actions = {
    read  = ["s3:ListBucket", "s3:GetBucketLocation"]
    write = ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"]
  }
  object_actions = {
    read  = ["s3:GetObject"]
    write = ["s3:PutObject", "s3:PutObjectTagging", "s3:GetObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
  }
}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "AssumeFromTrustedRoleOnly"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = [var.trusted_role_arn]
    }

    dynamic "condition" {
      for_each = var.external_id == null ? [] : [var.external_id]
      content {
        test     = "StringEquals"
        variable = "sts:ExternalId"
        values   = [condition.value]
      }
    }
  }
}

data "aws_iam_policy_document" "s3" {
  # The connectors' config validation lists buckets before anything else; this action has no resource scope.
  statement {
    sid       = "ListAllBucketsForConnectorValidation"
    effect    = "Allow"
    actions   = ["s3:ListAllMyBuckets"]
    resources = ["*"]
  }

  statement {
    sid       = "Buckets"
    effect    = "Allow"
    actions   = local.bucket_actions[var.s3_access]
    resources = local.bucket_arns
  }

  statement {
    sid       = "Objects"
    effect    = "Allow"
    actions   = local.object_actions[var.s3_access]
    resources = local.object_arns
  }
}

resource "aws_iam_role" "this" {
  name                 = local.role_name
  description          = "Kafka connectors of department prefix ${var.prefix}: ${var.s3_access} access to ${join(", ", var.s3_buckets)}"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags

  lifecycle {
    precondition {
      condition     = length(local.role_name) <= 64
      error_message = "IAM role name \"${local.role_name}\" is longer than 64 characters; shorten the role name in iamRoles."
    }
  }
}

resource "aws_iam_role_policy" "s3" {
  name   = "${local.role_name}-s3-${var.s3_access}"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.s3.json
}
