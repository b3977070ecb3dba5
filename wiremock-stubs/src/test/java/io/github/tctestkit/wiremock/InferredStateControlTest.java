package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An emulator started with inferred state: its services show in, and are seeded through, the control API's state. */
class InferredStateControlTest {

    @Test
    void inferredServicesAreDumpedSeededAndKeptAcrossAReset() throws Exception {
        try (TencentCloudEmulator emulator =
                TencentCloudEmulator.builder().inferState("tcaplusdb").start()) {
            TencentCloudApi api = emulator.api();
            String account = api.credentials().secretId();
            ControlApiTest.Answer seeded = ControlApiTest.control(
                    api,
                    "PUT",
                    "/_tctestkit/state",
                    "{\"tcaplusdb\":{\"" + account + "\":{\"ap-guangzhou\":{\"Cluster\":[{\"ClusterId\":\"any-id-1\","
                            + "\"ClusterName\":\"orders\"}]}}}}");
            assertThat(seeded.status()).as(seeded.body()).isEqualTo(200);
            assertThat(api.service("tcaplusdb").resources("Cluster").get("any-id-1"))
                    .hasValueSatisfying(json -> assertThat(json).contains("\"ClusterName\":\"orders\""));

            ControlApiTest.Answer reset = ControlApiTest.control(api, "POST", "/_tctestkit/reset", null);
            assertThat(reset.json().get("stateCleared").toString()).contains("tcaplusdb");
            assertThat(ControlApiTest.control(api, "GET", "/_tctestkit/state", null)
                            .json()
                            .has("tcaplusdb"))
                    .as("still on after a reset: the emulator's setting, not a test's")
                    .isTrue();
            assertThat(api.service("tcaplusdb").resources("Cluster").list()).isEmpty();
        }
    }

    @Test
    void allTurnsOnEveryInferableServiceAndNoDeclaredOneChanges() throws Exception {
        try (TencentCloudEmulator emulator =
                TencentCloudEmulator.builder().inferState("all").start()) {
            TencentCloudApi api = emulator.api();
            assertThat(api.service("as").resources("AutoScalingGroup").list()).isEmpty();
            assertThat(api.service("tke").resources("Cluster").list()).isEmpty();
            assertThat(api.service("vpc").inferState()).containsExactly("Vpc", "Subnet", "SecurityGroup");
            ControlApiTest.Answer health = ControlApiTest.control(api, "GET", "/_tctestkit/health", null);
            assertThat(health.json().get("stateful").toString()).contains("\"as\"", "\"vpc\"", "\"tke\"");
        }
    }
}
