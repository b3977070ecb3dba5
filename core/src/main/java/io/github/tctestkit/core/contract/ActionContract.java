package io.github.tctestkit.core.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.internal.DefaultAnswers;
import java.util.List;

/**
 * One action of a {@link ServiceContract}: its input and output structures, the product error codes it documents, an
 * example request and a default success answer.
 *
 * <pre>{@code
 * ActionContract describe = ServiceContract.streamLive().action("DescribeStreamLiveChannel");
 * describe.input().memberNames();          // [Id]
 * describe.exampleRequest();               // {"Id":"AB458E"}
 * describe.defaultAnswer().get("Info");    // the channel, every always-returned member filled in
 * describe.productErrors();                // [InternalError, InvalidParameter.NotFound, ...]
 * }</pre>
 *
 * <p>Instances are immutable; the JSON accessors hand out fresh copies that the caller may change.
 */
public final class ActionContract {

    private final String name;
    private final Structure input;
    private final Structure output;
    private final List<String> productErrors;
    private final ObjectNode exampleRequest;
    private final ObjectNode exampleResponse;
    private volatile ObjectNode defaultAnswer;

    ActionContract(
            String name,
            Structure input,
            Structure output,
            List<String> productErrors,
            ObjectNode exampleRequest,
            ObjectNode exampleResponse) {
        this.name = name;
        this.input = input;
        this.output = output;
        this.productErrors = List.copyOf(productErrors);
        this.exampleRequest = exampleRequest;
        this.exampleResponse = exampleResponse;
    }

    /**
     * The action's name.
     *
     * @return for example {@code "CreateStreamLiveChannel"}
     */
    public String name() {
        return name;
    }

    /**
     * The structure of the request's parameters (the common parameters such as {@code Action} and {@code Region} are
     * not part of it).
     *
     * @return for example the structure {@code CreateStreamLiveChannelRequest}
     */
    public Structure input() {
        return input;
    }

    /**
     * The structure of the success payload, the object under {@code "Response"} (it lists {@code RequestId}).
     *
     * @return for example the structure {@code CreateStreamLiveChannelResponse}
     */
    public Structure output() {
        return output;
    }

    /**
     * The product error codes the action documents, in the documentation's order. The common error codes apply
     * besides these.
     *
     * @return an unmodifiable list, for example {@code [InternalError, InvalidParameter.NotFound]}
     */
    public List<String> productErrors() {
        return productErrors;
    }

    /**
     * The official example request as a tree of parameters, whatever encoding the documentation used: flattened query
     * keys such as {@code InputSettings.0.AppName} are nested objects and arrays here. Values are as the example gave
     * them (the StreamLive channel examples send their integers as strings).
     *
     * <pre>{@code
     * contract.action("CreateStreamLiveInput").exampleRequest();
     * // {"Name":"sdad","Type":"RTMP_PUSH","SecurityGroupIds":["123"],
     * //  "InputSettings":[{"AppName":"live","StreamName":"test"}]}
     * }</pre>
     *
     * @return a fresh copy
     */
    public ObjectNode exampleRequest() {
        return exampleRequest.deepCopy();
    }

    /**
     * A success payload, without {@code RequestId}: the official example answer filled out with the structure. Every
     * member documented as always returned is present (also in nested objects and list items), with its documented
     * example value or a value of its type; hidden members are left out; an always-returned list of objects holds one
     * item.
     *
     * <pre>{@code
     * ObjectNode answer = contract.action("CreateStreamLiveInput").defaultAnswer();   // {"Id":"5E7818810943216A1234"}
     * answer.put("Id", "MY-INPUT");   // changes this copy only
     * }</pre>
     *
     * @return a fresh copy; the default is built once, on first use
     */
    public ObjectNode defaultAnswer() {
        ObjectNode answer = defaultAnswer;
        if (answer == null) {
            answer = DefaultAnswers.build(output, exampleResponse);
            defaultAnswer = answer;
        }
        return answer.deepCopy();
    }

    @Override
    public String toString() {
        return name + "(" + input.name() + " -> " + output.name() + ")";
    }
}
