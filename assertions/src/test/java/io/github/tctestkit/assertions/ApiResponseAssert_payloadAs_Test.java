package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.JSON_VALUE;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.tctestkit.core.ApiResponse;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_payloadAs_Test {

    record Instances(
            @JsonProperty("TotalCount") long totalCount,
            @JsonProperty("InstanceStatusSet") List<String> instanceStatusSet) {}

    @Test
    void should_bind_the_seed_payload_to_a_user_type() {
        assertThat(success())
                .payloadAs(Instances.class)
                .usingRecursiveComparison()
                .isEqualTo(new Instances(0, List.of()));
    }

    @Test
    void should_fail_on_another_bound_value() {
        expectAssertionError(
                () -> assertThat(success()).payloadAs(Instances.class).isEqualTo(new Instances(1, List.of())));
    }

    @Test
    void should_fail_when_the_payload_cannot_be_bound() {
        // GIVEN
        ApiResponse response =
                ApiResponse.ofSuccess("{\"TotalCount\":\"many\"}").withRequestId("r-1");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(response).payloadAs(Instances.class));
        // THEN
        then(error.getMessage()).startsWith(lines("\n" + """
                        Expecting the payload of the call to bind to:
                          io.github.tctestkit.assertions.ApiResponseAssert_payloadAs_Test$Instances
                        but it cannot: cannot bind the payload of RequestId r-1 to \
                        io.github.tctestkit.assertions.ApiResponseAssert_payloadAs_Test$Instances: """)).endsWith(lines("""
                        RequestId: "r-1"
                        Envelope:
                          {
                            "Response" : {
                              "TotalCount" : "many",
                              "RequestId" : "r-1"
                            }
                          }"""));
    }

    @Test
    void should_go_from_plain_assertj_to_json_values() {
        Object node = success().payload().get("TotalCount");
        Assertions.assertThat(node).asInstanceOf(JSON_VALUE).asLong().isZero();
        expectAssertionError(
                () -> Assertions.assertThat(node).asInstanceOf(JSON_VALUE).isEqualToJson("1"));
    }
}
