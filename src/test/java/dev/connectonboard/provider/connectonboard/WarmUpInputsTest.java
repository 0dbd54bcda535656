package dev.connectonboard.provider.connectonboard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WarmUpInputsTest {

    @Test
    void warmUpPlaysEveryCallOfAPlanAndReadsRealDescriptorsWithoutTouchingConfluentCloud() {
        List<String> calls = WarmUpInputs.warmUp();

        assertEquals(List.of("GetProviderSchema", "ValidateProviderConfig", "ConfigureProvider",
                "ReadDataSource connectonboard_quota: ok",
                "ReadDataSource connectonboard_connector_status: "
                        + "Connector status of department warmup could not be determined",
                "ReadDataSource connectonboard_access_point: Access point ap-warmup could not be determined",
                "Shutdown"), calls);
    }
}
