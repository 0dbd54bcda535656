resource "confluent_connector" "sink" {
  environment = {
    id = "env-7q2x9m"
  }

  kafka_cluster {
    id = "lkc-5k3p2d"
  }

  config_nonsensitive {
    name = "fin-payments-s3-sink"
  }
}
