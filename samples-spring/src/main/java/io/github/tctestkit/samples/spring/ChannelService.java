package io.github.tctestkit.samples.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Lists the region's StreamLive channels and takes them live, through the SDK client bean. */
@Service
public class ChannelService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient streamLive;

    /**
     * A service on the given client.
     *
     * @param streamLive the SDK client for StreamLive
     */
    public ChannelService(CommonClient streamLive) {
        this.streamLive = streamLive;
    }

    /**
     * The channels of the configured region ({@code DescribeStreamLiveChannels}).
     *
     * @return the channels, possibly none
     * @throws StreamLiveException when the call fails
     */
    public List<Channel> listChannels() {
        List<Channel> channels = new ArrayList<>();
        for (JsonNode info :
                call("DescribeStreamLiveChannels", JSON.createObjectNode()).path("Infos")) {
            channels.add(new Channel(
                    info.path("Id").asText(),
                    info.path("Name").asText(),
                    info.path("State").asText()));
        }
        return channels;
    }

    /**
     * Starts the channel of that name ({@code StartStreamLiveChannel}) unless it is running already.
     *
     * @param name the channel's name
     * @return the channel, now running
     * @throws StreamLiveException with {@link StreamLiveException#NOT_FOUND} when the region has no channel of that
     *     name, or with the API's code when a call fails
     */
    public Channel goLive(String name) {
        Channel channel = listChannels().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new StreamLiveException(
                        StreamLiveException.NOT_FOUND, "no channel is named " + name, "", null));
        if (Channel.RUNNING.equals(channel.state())) {
            return channel;
        }
        call("StartStreamLiveChannel", JSON.createObjectNode().put("Id", channel.id()));
        return channel.running();
    }

    private JsonNode call(String action, ObjectNode parameters) {
        try {
            return JSON.readTree(streamLive.call(action, parameters.toString())).path("Response");
        } catch (TencentCloudSDKException e) {
            String requestId = e.getRequestId() == null ? "" : e.getRequestId();
            String code = e.getErrorCode() == null ? "NetworkError" : e.getErrorCode();
            throw new StreamLiveException(code, String.valueOf(e.getMessage()), requestId, e);
        } catch (JsonProcessingException e) {
            throw new StreamLiveException("MalformedResponse", e.getOriginalMessage(), "", e);
        }
    }
}
