package io.github.tctestkit.wiremock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.internal.engine.Engine;

/**
 * One service of the resource engine (vpc, cvm, cbs) as the control API's state document shows it: {@code
 * {"<SecretId>": {"<region>": {"<Type>": [resources as Describe answers them]}}}}. Not API.
 *
 * <pre>{@code
 * PUT /_tctestkit/state
 * {"vpc": {"AKIDtctestkit00000000000000000000000": {"ap-guangzhou": {
 *     "Vpc": [{"VpcId": "vpc-1a2b3c4d", "VpcName": "main", "CidrBlock": "10.0.0.0/16"}]}}}}
 * }</pre>
 */
final class EngineDocument implements StatefulService {

    private final Engine engine;
    private final String service;

    EngineDocument(Engine engine, String service) {
        this.engine = engine;
        this.service = service;
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public ObjectNode dump() {
        return engine.dump(service);
    }

    @Override
    public void check(JsonNode document, String path) {
        engine.check(service, document, path);
    }

    @Override
    public void replace(JsonNode document, String path) {
        engine.replace(service, document, path);
    }

    @Override
    public void clear() {
        engine.clear(service);
    }
}
