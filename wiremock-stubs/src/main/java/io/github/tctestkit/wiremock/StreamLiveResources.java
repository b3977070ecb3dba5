package io.github.tctestkit.wiremock;

import java.util.List;

/**
 * The StreamLive resources the emulator holds, per region: seed them before a test, read them after. Resources made
 * here and resources made through the API are the same: a channel seeded with {@link #givenChannel} is listed by
 * {@code DescribeStreamLiveChannels}, and a channel the code under test creates shows up in {@link #channels()}.
 *
 * <pre>{@code
 * StreamLiveResources live = api.streamLive();
 * var group = live.givenInputSecurityGroup("office", List.of("10.0.0.0/8"));
 * var input = live.givenInput("camera_1", List.of(group.id()));
 * var channel = live.givenChannel("news", List.of(input.id()));
 *
 * myService.goLive(channel.id());                        // calls StartStreamLiveChannel
 *
 * assertThat(live.channels()).singleElement()
 *         .extracting(StreamLiveResources.ChannelView::state).isEqualTo("RUNNING");
 * live.inRegion("ap-singapore").channels();              // empty: state belongs to a region
 * live.quota(StreamLiveResources.Kind.CHANNEL, 1);       // the next CreateStreamLiveChannel fails
 * live.clear();
 * }</pre>
 *
 * <p>Seeding follows the product's rules and fails the way the API would: an unknown id, an input already attached
 * to another channel, a name that is not 1 to 32 letters, digits and underscores or is already taken in the region,
 * or a quota reached throws {@link IllegalArgumentException} whose message starts with the error code, for example
 * {@code "InvalidParameter.Name: ..."}.
 *
 * <p>Methods without a region act on {@link #DEFAULT_REGION}, which is also where requests without a region go.
 * Implementations are safe to use from several threads, also while requests are served.
 */
public interface StreamLiveResources {

    /** The region of requests that name none, and of the methods that take none: {@value}. */
    String DEFAULT_REGION = "ap-guangzhou";

    /** A channel's state when created or stopped. */
    String IDLE = "IDLE";

    /** A channel's state once started. */
    String RUNNING = "RUNNING";

    /** The kinds of resources that have a quota per region. */
    enum Kind {
        /** Channels ({@code CreateStreamLiveChannel}); 100 per region by default. */
        CHANNEL,
        /** Inputs ({@code CreateStreamLiveInput}); 100 per region by default. */
        INPUT,
        /** Input security groups ({@code CreateStreamLiveInputSecurityGroup}); 100 per region by default. */
        INPUT_SECURITY_GROUP,
        /** Watermarks ({@code CreateStreamLiveWatermark}); 100 per region by default. */
        WATERMARK,
        /** Watermark detection tasks ({@code CreateWatermarkDetection}); 100 per region by default. */
        WATERMARK_DETECTION
    }

    /** The quota of every {@link Kind} until {@link #quota(Kind, int)} changes it: {@value}. */
    int DEFAULT_QUOTA = 100;

    /**
     * A channel as the emulator holds it.
     *
     * <pre>{@code
     * ChannelView c = live.givenChannel("news", List.of(inputId));
     * c.id();                 // "5F8D4A0B00003F9A1B2C": 20 uppercase hexadecimal characters
     * c.state();              // "IDLE"
     * c.attachedInputIds();   // [inputId]
     * }</pre>
     *
     * @param id the channel's id
     * @param name its name
     * @param state {@link #IDLE} or {@link #RUNNING}
     * @param attachedInputIds the inputs attached to it, in order
     */
    record ChannelView(String id, String name, String state, List<String> attachedInputIds) {
        /** Copies the list. */
        public ChannelView {
            attachedInputIds = List.copyOf(attachedInputIds);
        }
    }

    /**
     * An input as the emulator holds it.
     *
     * <pre>{@code
     * InputView i = live.givenInput("camera_1", List.of(groupId));
     * i.type();                  // "RTMP_PUSH"
     * i.attachedChannelIds();    // [] until a channel uses it
     * }</pre>
     *
     * @param id the input's id
     * @param name its name
     * @param type its type, for example {@code "RTMP_PUSH"}
     * @param securityGroupIds the input security groups it uses
     * @param attachedChannelIds the channels it is attached to
     */
    record InputView(
            String id, String name, String type, List<String> securityGroupIds, List<String> attachedChannelIds) {
        /** Copies the lists. */
        public InputView {
            securityGroupIds = List.copyOf(securityGroupIds);
            attachedChannelIds = List.copyOf(attachedChannelIds);
        }
    }

    /**
     * An input security group as the emulator holds it.
     *
     * <pre>{@code
     * InputSecurityGroupView g = live.givenInputSecurityGroup("office", List.of("10.0.0.0/8"));
     * g.whitelist();          // [10.0.0.0/8]
     * g.occupiedInputIds();   // the inputs that use it
     * }</pre>
     *
     * @param id the group's id
     * @param name its name
     * @param whitelist its allowed addresses
     * @param occupiedInputIds the inputs that use it
     */
    record InputSecurityGroupView(String id, String name, List<String> whitelist, List<String> occupiedInputIds) {
        /** Copies the lists. */
        public InputSecurityGroupView {
            whitelist = List.copyOf(whitelist);
            occupiedInputIds = List.copyOf(occupiedInputIds);
        }
    }

    /**
     * The same resources, with every region-less method acting on another region.
     *
     * <pre>{@code
     * live.inRegion("ap-singapore").givenChannel("sg_news", List.of(sgInputId));
     * }</pre>
     *
     * @param region for example {@code "ap-singapore"}; {@code null} or blank means {@link #DEFAULT_REGION}
     * @return a view on that region; {@link #quota} and {@link #clear()} still act on every region
     */
    StreamLiveResources inRegion(String region);

    /**
     * The region the region-less methods act on.
     *
     * @return {@link #DEFAULT_REGION}, or the one given to {@link #inRegion(String)}
     */
    String region();

    /**
     * Creates an input security group, as {@code CreateStreamLiveInputSecurityGroup} would.
     *
     * @param name 1 to 32 letters, digits and underscores, unique among the region's groups
     * @param whitelist IPv4 addresses or CIDR blocks, at least one
     * @return the group
     * @throws IllegalArgumentException with the product's error code first, when the API would refuse
     */
    InputSecurityGroupView givenInputSecurityGroup(String name, List<String> whitelist);

    /**
     * Creates an {@code RTMP_PUSH} input, as {@code CreateStreamLiveInput} would.
     *
     * @param name 1 to 32 letters, digits and underscores, unique among the region's inputs
     * @param securityGroupIds groups of the same region, possibly none
     * @return the input
     * @throws IllegalArgumentException with the product's error code first, when the API would refuse
     */
    InputView givenInput(String name, List<String> securityGroupIds);

    /**
     * Creates an {@link #IDLE} channel with one output group, as {@code CreateStreamLiveChannel} would.
     *
     * @param name 1 to 32 letters, digits and underscores, unique among the region's channels
     * @param inputIds inputs of the same region that no other channel uses
     * @return the channel
     * @throws IllegalArgumentException with the product's error code first, when the API would refuse
     */
    ChannelView givenChannel(String name, List<String> inputIds);

    /**
     * Creates a channel and starts it when asked, as {@code CreateStreamLiveChannel} and
     * {@code StartStreamLiveChannel} would.
     *
     * <pre>{@code
     * live.givenChannel("news", List.of(inputId), StreamLiveResources.RUNNING);
     * }</pre>
     *
     * @param name as for {@link #givenChannel(String, List)}
     * @param inputIds as for {@link #givenChannel(String, List)}
     * @param state {@link #IDLE} or {@link #RUNNING}
     * @return the channel
     * @throws IllegalArgumentException with the product's error code first, when the API would refuse, or for
     *     another state
     */
    ChannelView givenChannel(String name, List<String> inputIds, String state);

    /**
     * The region's channels, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    List<ChannelView> channels();

    /**
     * The region's inputs, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    List<InputView> inputs();

    /**
     * The region's input security groups, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    List<InputSecurityGroupView> inputSecurityGroups();

    /**
     * The channels of a region: {@code inRegion(region).channels()}.
     *
     * @param region for example {@code "ap-singapore"}
     * @return an unmodifiable snapshot
     */
    default List<ChannelView> channels(String region) {
        return inRegion(region).channels();
    }

    /**
     * The inputs of a region: {@code inRegion(region).inputs()}.
     *
     * @param region for example {@code "ap-singapore"}
     * @return an unmodifiable snapshot
     */
    default List<InputView> inputs(String region) {
        return inRegion(region).inputs();
    }

    /**
     * The input security groups of a region: {@code inRegion(region).inputSecurityGroups()}.
     *
     * @param region for example {@code "ap-singapore"}
     * @return an unmodifiable snapshot
     */
    default List<InputSecurityGroupView> inputSecurityGroups(String region) {
        return inRegion(region).inputSecurityGroups();
    }

    /**
     * Sets how many resources of a kind each region may hold; a create past it answers
     * {@code InvalidParameter.ExceededQuantityLimit}. Resources already there stay.
     *
     * @param kind the kind
     * @param max 0 or more
     * @throws IllegalArgumentException when {@code max} is negative
     */
    void quota(Kind kind, int max);

    /**
     * How many resources of a kind each region may hold.
     *
     * @param kind the kind
     * @return {@link #DEFAULT_QUOTA} unless changed
     */
    int quota(Kind kind);

    /** Removes every resource of every region and puts the quotas back to {@link #DEFAULT_QUOTA}. */
    void clear();
}
