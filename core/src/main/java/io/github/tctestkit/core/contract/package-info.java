/**
 * The machine-readable contract of a Tencent Cloud API 3.0 service: its actions, their input and output structures,
 * the members of every structure with their types and documented flags, an example request and a default success
 * answer per action, and the product error codes each action documents.
 *
 * <pre>{@code
 * ServiceContract mdl = ServiceContract.streamLive();
 * ActionContract create = mdl.action("CreateStreamLiveInput");
 * create.input().member("Name").get().isRequired();          // true
 * create.productErrors();                                    // [InternalError, InvalidParameter, ...]
 * ObjectNode answer = mdl.action("DescribeStreamLiveChannel").defaultAnswer();
 * answer.at("/Info/State").asText();                         // "IDLE"
 * }</pre>
 *
 * <p>Every type here is immutable and safe to share between threads. The built-in contracts are derived from files that
 * Tencent publishes under the Apache License 2.0 (see the NOTICE file in the jar's {@code META-INF}).
 */
package io.github.tctestkit.core.contract;
