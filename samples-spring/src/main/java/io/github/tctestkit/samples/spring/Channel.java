package io.github.tctestkit.samples.spring;

/**
 * A StreamLive channel, as {@code DescribeStreamLiveChannels} lists it.
 *
 * @param id the channel ID
 * @param name the channel name
 * @param state for example {@code "IDLE"} or {@code "RUNNING"}
 */
public record Channel(String id, String name, String state) {

    /** The state of a started channel. */
    public static final String RUNNING = "RUNNING";

    /**
     * This channel once started.
     *
     * @return a copy whose state is {@link #RUNNING}
     */
    public Channel running() {
        return new Channel(id, name, RUNNING);
    }
}
