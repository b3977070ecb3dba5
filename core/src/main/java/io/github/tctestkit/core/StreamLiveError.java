package io.github.tctestkit.core;

import java.util.Optional;

/**
 * StreamLive's own error codes (service {@code mdl}, API version {@code 2020-03-26}): the 30 codes of the SDK's
 * {@code MdlErrorCode}.
 *
 * <p>Two of them, {@code InternalError} and {@code InvalidParameter}, have the same wire code as a {@link CommonError};
 * the rest are sub-codes of {@code InvalidParameter}. Names follow the same rule as {@link CommonError}:
 * {@code InvalidParameter.ChannelId} is {@link #INVALID_PARAMETER_CHANNEL_ID}.
 *
 * <pre>{@code
 * StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code();       // "InvalidParameter.NotFound"
 * StreamLiveError.fromCode("InvalidParameter.ChannelId");   // Optional[InvalidParameter.ChannelId]
 * CommonError.INVALID_PARAMETER.includes(StreamLiveError.INVALID_PARAMETER_NAME.code()); // true
 * }</pre>
 */
public enum StreamLiveError implements ErrorCode {
    /** {@code InternalError}: StreamLive failed internally. */
    INTERNAL_ERROR("InternalError", "StreamLive failed internally."),
    /** {@code InvalidParameter}: A parameter is wrong. */
    INVALID_PARAMETER("InvalidParameter", "A parameter is wrong."),
    /** {@code InvalidParameter.AVTemplates}: An audio/video transcoding template is wrong. */
    INVALID_PARAMETER_AV_TEMPLATES("InvalidParameter.AVTemplates", "An audio/video transcoding template is wrong."),
    /** {@code InvalidParameter.AlreadyAssociatedChannel}: The channel is already associated. */
    INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL(
            "InvalidParameter.AlreadyAssociatedChannel", "The channel is already associated."),
    /** {@code InvalidParameter.AlreadyAssociatedInput}: The input is already associated. */
    INVALID_PARAMETER_ALREADY_ASSOCIATED_INPUT(
            "InvalidParameter.AlreadyAssociatedInput", "The input is already associated."),
    /** {@code InvalidParameter.AttachedInputs}: AttachedInputs is not valid. */
    INVALID_PARAMETER_ATTACHED_INPUTS("InvalidParameter.AttachedInputs", "AttachedInputs is not valid."),
    /** {@code InvalidParameter.AudioTemplates}: An audio transcoding template is wrong. */
    INVALID_PARAMETER_AUDIO_TEMPLATES("InvalidParameter.AudioTemplates", "An audio transcoding template is wrong."),
    /** {@code InvalidParameter.ChannelId}: The channel ID is wrong. */
    INVALID_PARAMETER_CHANNEL_ID("InvalidParameter.ChannelId", "The channel ID is wrong."),
    /** {@code InvalidParameter.EndTime}: EndTime is not valid. */
    INVALID_PARAMETER_END_TIME("InvalidParameter.EndTime", "EndTime is not valid."),
    /** {@code InvalidParameter.ExceededQuantityLimit}: More items than the limit allows. */
    INVALID_PARAMETER_EXCEEDED_QUANTITY_LIMIT(
            "InvalidParameter.ExceededQuantityLimit", "More items than the limit allows."),
    /** {@code InvalidParameter.FrameCaptureTemplates}: A screenshot template parameter is wrong. */
    INVALID_PARAMETER_FRAME_CAPTURE_TEMPLATES(
            "InvalidParameter.FrameCaptureTemplates", "A screenshot template parameter is wrong."),
    /** {@code InvalidParameter.Id}: Id is not valid. */
    INVALID_PARAMETER_ID("InvalidParameter.Id", "Id is not valid."),
    /** {@code InvalidParameter.ImageSettings}: The watermark image settings are wrong. */
    INVALID_PARAMETER_IMAGE_SETTINGS("InvalidParameter.ImageSettings", "The watermark image settings are wrong."),
    /** {@code InvalidParameter.InputSettings}: InputSettings is not valid. */
    INVALID_PARAMETER_INPUT_SETTINGS("InvalidParameter.InputSettings", "InputSettings is not valid."),
    /** {@code InvalidParameter.Name}: Name is not valid. */
    INVALID_PARAMETER_NAME("InvalidParameter.Name", "Name is not valid."),
    /** {@code InvalidParameter.NotFound}: The referenced item was not found. */
    INVALID_PARAMETER_NOT_FOUND("InvalidParameter.NotFound", "The referenced item was not found."),
    /** {@code InvalidParameter.NotifyKey}: The callback key has the wrong format. */
    INVALID_PARAMETER_NOTIFY_KEY("InvalidParameter.NotifyKey", "The callback key has the wrong format."),
    /** {@code InvalidParameter.NotifyUrl}: The callback URL has the wrong format. */
    INVALID_PARAMETER_NOTIFY_URL("InvalidParameter.NotifyUrl", "The callback URL has the wrong format."),
    /** {@code InvalidParameter.OutputGroups}: OutputGroups is not valid. */
    INVALID_PARAMETER_OUTPUT_GROUPS("InvalidParameter.OutputGroups", "OutputGroups is not valid."),
    /** {@code InvalidParameter.PageNum}: The page number is wrong. */
    INVALID_PARAMETER_PAGE_NUM("InvalidParameter.PageNum", "The page number is wrong."),
    /** {@code InvalidParameter.Period}: The period is not valid (the SDK gives no description for this code). */
    INVALID_PARAMETER_PERIOD(
            "InvalidParameter.Period", "The period is not valid (the SDK gives no description for this code)."),
    /** {@code InvalidParameter.Plan}: The Plan parameter is not valid. */
    INVALID_PARAMETER_PLAN("InvalidParameter.Plan", "The Plan parameter is not valid."),
    /** {@code InvalidParameter.SecurityGroups}: SecurityGroups is not valid. */
    INVALID_PARAMETER_SECURITY_GROUPS("InvalidParameter.SecurityGroups", "SecurityGroups is not valid."),
    /** {@code InvalidParameter.StartTime}: StartTime is not valid. */
    INVALID_PARAMETER_START_TIME("InvalidParameter.StartTime", "StartTime is not valid."),
    /** {@code InvalidParameter.State}: The resource is in an abnormal state. */
    INVALID_PARAMETER_STATE("InvalidParameter.State", "The resource is in an abnormal state."),
    /** {@code InvalidParameter.StateError}: The resource is in the wrong state for this operation. */
    INVALID_PARAMETER_STATE_ERROR(
            "InvalidParameter.StateError", "The resource is in the wrong state for this operation."),
    /** {@code InvalidParameter.TextSettings}: The watermark text settings are wrong. */
    INVALID_PARAMETER_TEXT_SETTINGS("InvalidParameter.TextSettings", "The watermark text settings are wrong."),
    /** {@code InvalidParameter.Type}: Type is not valid. */
    INVALID_PARAMETER_TYPE("InvalidParameter.Type", "Type is not valid."),
    /** {@code InvalidParameter.VideoTemplates}: A video transcoding template is wrong. */
    INVALID_PARAMETER_VIDEO_TEMPLATES("InvalidParameter.VideoTemplates", "A video transcoding template is wrong."),
    /** {@code InvalidParameter.Whitelist}: Whitelist is not valid. */
    INVALID_PARAMETER_WHITELIST("InvalidParameter.Whitelist", "Whitelist is not valid.");

    private static final ErrorCatalogue<StreamLiveError> CATALOGUE = ErrorCatalogue.of(StreamLiveError.class);

    private final String code;
    private final String description;

    StreamLiveError(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The lookups over this enum: exact ({@link ErrorCatalogue#find(String)}), by nearest parent ({@link
     * ErrorCatalogue#closest(String)}), by category.
     *
     * @return the catalogue of every entry
     */
    public static ErrorCatalogue<StreamLiveError> catalogue() {
        return CATALOGUE;
    }

    /**
     * The entry with exactly this wire code.
     *
     * @param wireCode for example {@code "InvalidParameter.NotFound"}; {@code null} finds nothing
     * @return the entry, or empty
     */
    public static Optional<StreamLiveError> fromCode(String wireCode) {
        return CATALOGUE.find(wireCode);
    }

    /**
     * Returns the wire code, so that messages and parameterized-test names read naturally.
     *
     * @return {@link #code()}
     */
    @Override
    public String toString() {
        return code;
    }
}
