package io.github.tctestkit.wiremock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.contract.internal.Payloads;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.wiremock.SuccessStubbing;
import java.time.Duration;

/**
 * A configured answer that can still be narrowed or, for a success, changed field by field. Each change publishes a
 * complete new version of the answer in one step, in its original place in time. Not API.
 */
final class StubbingImpl implements SuccessStubbing {

    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Answers answers;
    /** For a success answer: its payload and the output structure that checks changes (null: unchecked). */
    private ObjectNode payload; // guarded by this

    private final Structure output;
    private final boolean serviceHasContract;
    private Answers.Entry entry; // guarded by this
    private final Resolver resolver;

    /** Which service an answer narrowed to an action is for; throws, naming the fix, for an unknown or shared one. */
    @FunctionalInterface
    interface Resolver {
        String serviceFor(String fixedService, String action, String where);
    }

    StubbingImpl(Answers answers, Answer answer, String service, String action, Resolver resolver) {
        this(answers, answer, service, action, null, null, false, resolver);
    }

    private StubbingImpl(
            Answers answers,
            Answer answer,
            String service,
            String action,
            ObjectNode payload,
            Structure output,
            boolean serviceHasContract,
            Resolver resolver) {
        this.answers = answers;
        this.payload = payload;
        this.output = output;
        this.serviceHasContract = serviceHasContract;
        this.resolver = resolver;
        this.entry = answers.add(service, action, answer);
    }

    /** A success answer whose payload can still be changed, checked against {@code output} when it is not null. */
    static StubbingImpl success(
            Answers answers,
            String service,
            String action,
            ObjectNode payload,
            Structure output,
            boolean serviceHasContract,
            Resolver resolver) {
        return new StubbingImpl(
                answers, successAnswer(payload), service, action, payload, output, serviceHasContract, resolver);
    }

    private static Answer successAnswer(ObjectNode payload) {
        return new Answer.Envelope(ApiResponse.ofSuccess(payload), "success");
    }

    private synchronized StubbingImpl narrow(Answers.Entry next, String how) {
        if (!answers.replace(entry, next)) {
            throw new IllegalStateException("Cannot change " + this + " with " + how + ": the answer is no longer"
                    + " configured (it was used up, or reset() or the end of its test removed it)");
        }
        entry = next;
        return this;
    }

    @Override
    public StubbingImpl forAction(String action) {
        String checked = ApiHandle.checkAction(action);
        String how = "forAction(\"" + checked + "\")";
        synchronized (this) {
            String service = resolver.serviceFor(entry.service, checked, how);
            return narrow(entry.forAction(service, checked), how);
        }
    }

    @Override
    public StubbingImpl times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times(" + count + "): the count must be at least 1");
        }
        synchronized (this) {
            return narrow(entry.times(count), "times(" + count + ")");
        }
    }

    @Override
    public StubbingImpl delayedBy(Duration delay) {
        if (delay == null) {
            throw new IllegalArgumentException("delay must not be null");
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and 10 minutes, but was " + delay);
        }
        synchronized (this) {
            return narrow(entry.delayed((int) delay.toMillis()), "delayedBy(" + delay + ")");
        }
    }

    @Override
    public synchronized StubbingImpl with(String path, Object value) {
        ObjectNode changed = successPayload("with").deepCopy();
        if (output == null) {
            throw new IllegalArgumentException("with(\"" + path + "\", ...) needs the action's output structure, but "
                    + noStructure() + "; give the whole payload with givenSuccess(action, payloadJson) instead");
        }
        Payloads.set(changed, output, path, value);
        return republish(changed, "with(\"" + path + "\", ...)");
    }

    @Override
    public synchronized StubbingImpl withJson(String mergePatch) {
        ObjectNode current = successPayload("withJson");
        if (mergePatch == null) {
            throw new IllegalArgumentException("merge patch must not be null");
        }
        JsonNode patch;
        try {
            patch = Json.STRICT.readTree(mergePatch);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("merge patch is not JSON: " + e.getMessage(), e);
        }
        if (output == null) {
            throw new IllegalArgumentException("withJson(...) needs the action's output structure, but " + noStructure()
                    + "; give the whole payload with givenSuccess(action, payloadJson) instead");
        }
        return republish(Payloads.mergePatch(current, output, patch), "withJson(...)");
    }

    private String noStructure() {
        return serviceHasContract
                ? "the service's contract does not describe action \"" + entry.action + "\""
                : "the service has no contract (ServiceDescription.Builder.contract)";
    }

    private ObjectNode successPayload(String method) {
        if (payload == null) {
            throw new IllegalStateException(method + "(...) changes a success answer, but this is " + entry.answer);
        }
        return payload;
    }

    private StubbingImpl republish(ObjectNode changed, String how) {
        narrow(entry.withAnswer(successAnswer(changed)), how);
        payload = changed;
        return this;
    }

    @Override
    public synchronized int remaining() {
        return entry.remaining.get();
    }

    @Override
    public synchronized String toString() {
        int r = entry.remaining.get();
        return entry.answer
                + (entry.action.isEmpty() ? " for every action" : " for action " + entry.action)
                + (entry.service.isEmpty() ? "" : " of " + entry.service)
                + (r < 0 ? "" : ", " + r + " more time(s)")
                + (entry.delayMillis > 0 ? ", delayed " + entry.delayMillis + " ms" : "");
    }
}
