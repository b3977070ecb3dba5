package io.github.tctestkit.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A StreamLive channel, as {@code DescribeStreamLiveChannels} lists it.
 *
 * @param id the channel ID
 * @param name the channel name
 * @param state for example {@code "IDLE"} or {@code "RUNNING"}
 */
public record Channel(String id, String name, String state) {

    /** Reads {@code Response.Infos}; a response without it lists no channel. */
    static List<Channel> listIn(JsonNode response) {
        List<Channel> channels = new ArrayList<>();
        for (JsonNode info : response.path("Infos")) {
            channels.add(new Channel(
                    info.path("Id").asText(),
                    info.path("Name").asText(),
                    info.path("State").asText()));
        }
        return channels;
    }
}
