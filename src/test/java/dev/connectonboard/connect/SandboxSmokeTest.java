package dev.connectonboard.connect;

import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SandboxSmokeTest {
    @Test
    void up() throws Exception {
        LiveKafkaConnect live = LiveKafkaConnect.shared();
        System.err.println("started in " + live.startTime());
        OkHttpClient http = new OkHttpClient();
        for (String path : new String[] {"", "health", "connector-plugins", "connectors"}) {
            try (Response r = http.newCall(new Request.Builder().url(live.restUrl() + path).build()).execute()) {
                System.err.println("noauth " + path + " " + r.code() + " " + r.body().string());
            }
            try (Response r = http.newCall(new Request.Builder().url(live.restUrl() + path)
                    .header("Authorization", Credentials.basic(LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)).build()).execute()) {
                System.err.println("auth " + path + " " + r.code() + " " + r.body().string());
            }
        }
    }
}
