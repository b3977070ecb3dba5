package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("StreamLiveError")
class StreamLiveErrorTest {

    static final List<String> CODES = List.of(
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.AVTemplates",
            "InvalidParameter.AlreadyAssociatedChannel",
            "InvalidParameter.AlreadyAssociatedInput",
            "InvalidParameter.AttachedInputs",
            "InvalidParameter.AudioTemplates",
            "InvalidParameter.ChannelId",
            "InvalidParameter.EndTime",
            "InvalidParameter.ExceededQuantityLimit",
            "InvalidParameter.FrameCaptureTemplates",
            "InvalidParameter.Id",
            "InvalidParameter.ImageSettings",
            "InvalidParameter.InputSettings",
            "InvalidParameter.Name",
            "InvalidParameter.NotFound",
            "InvalidParameter.NotifyKey",
            "InvalidParameter.NotifyUrl",
            "InvalidParameter.OutputGroups",
            "InvalidParameter.PageNum",
            "InvalidParameter.Period",
            "InvalidParameter.Plan",
            "InvalidParameter.SecurityGroups",
            "InvalidParameter.StartTime",
            "InvalidParameter.State",
            "InvalidParameter.StateError",
            "InvalidParameter.TextSettings",
            "InvalidParameter.Type",
            "InvalidParameter.VideoTemplates",
            "InvalidParameter.Whitelist");

    @Test
    @DisplayName("has exactly its 30 wire codes")
    void hasExactlyItsCodes() {
        assertThat(CODES).hasSize(30).doesNotHaveDuplicates();
        assertThat(Arrays.stream(StreamLiveError.values()).map(StreamLiveError::code))
                .containsExactlyElementsOf(CODES);
        assertThat(StreamLiveError.catalogue().all()).containsExactly(StreamLiveError.values());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StreamLiveError.class)
    @DisplayName("every constant is named by the rule, described, and found by its code")
    void namesDescriptionsLookups(StreamLiveError error) {
        assertThat(error.name()).isEqualTo(ConstantNames.expectedName(error.code()));
        assertThat(error.description()).isNotBlank();
        assertThat(error.toString()).isEqualTo(error.code());
        assertThat(StreamLiveError.fromCode(error.code())).contains(error);
    }

    @Test
    @DisplayName("AVTemplates is INVALID_PARAMETER_AV_TEMPLATES")
    void acronymName() {
        assertThat(ConstantNames.expectedName("InvalidParameter.AVTemplates"))
                .isEqualTo("INVALID_PARAMETER_AV_TEMPLATES");
        assertThat(StreamLiveError.INVALID_PARAMETER_AV_TEMPLATES.code()).isEqualTo("InvalidParameter.AVTemplates");
    }

    @Test
    @DisplayName("every code is InternalError or a kind of InvalidParameter, two shared with CommonError")
    void categoriesAndOverlap() {
        assertThat(StreamLiveError.catalogue().categories()).containsExactly("InternalError", "InvalidParameter");
        assertThat(StreamLiveError.catalogue().inCategory("InvalidParameter")).hasSize(29);
        for (StreamLiveError e : StreamLiveError.values()) {
            assertThat(CommonError.INTERNAL_ERROR.includes(e.code())
                            || CommonError.INVALID_PARAMETER.includes(e.code()))
                    .as(e.code())
                    .isTrue();
        }
        assertThat(Arrays.stream(StreamLiveError.values())
                        .filter(e -> CommonError.fromCode(e.code()).isPresent()))
                .containsExactly(StreamLiveError.INTERNAL_ERROR, StreamLiveError.INVALID_PARAMETER);
    }
}
