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

  # SSE-KMS: reading an object decrypts its data key; writing generates one (and a multipart upload decrypts it
  # again to complete), per AWS's "Using server-side encryption with AWS KMS keys" (S3 User Guide).
  kms_actions = {
    read  = ["kms:Decrypt"]
    write = ["kms:Decrypt", "kms:GenerateDataKey"]
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

  # Only the listed keys, and only when S3 in the platform's region calls KMS on the role's behalf (kms:ViaService,
  # AWS KMS condition keys): the role cannot use the keys directly, e.g. to decrypt another service's data.
  dynamic "statement" {
    for_each = length(var.kms_key_arns) > 0 ? [1] : []
    content {
      sid       = "BucketKeysThroughS3"
      effect    = "Allow"
      actions   = local.kms_actions[var.s3_access]
      resources = var.kms_key_arns

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.${var.aws_region}.amazonaws.com"]
      }
    }
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
