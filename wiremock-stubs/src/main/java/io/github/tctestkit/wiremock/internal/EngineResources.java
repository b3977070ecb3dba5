package io.github.tctestkit.wiremock.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.wiremock.Resources;
import io.github.tctestkit.wiremock.internal.engine.Engine;
import java.util.List;
import java.util.Optional;

/**
 * {@link Resources}: a view of one type in one account and region of the resource engine. Not API.
 *
 * <pre>{@code
 * new EngineResources(engine, "cvm", "Instance", secretId, "ap-guangzhou").list();
 * }</pre>
 */
final class EngineResources implements Resources {

    private final Engine engine;
    private final String service;
    private final String type;
    private final String account;
    private final String region;

    EngineResources(Engine engine, String service, String type, String account, String region) {
        this.engine = engine;
        this.service = service;
        this.type = type;
        this.account = account;
        this.region = region;
        engine.list(service, type, account, region); // an unknown type fails here, naming the service's types
    }

    @Override
    public Resources inRegion(String region) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must not be null or blank");
        }
        return new EngineResources(engine, service, type, account, region);
    }

    @Override
    public Resources ofAccount(String secretId) {
        if (secretId == null || secretId.isBlank()) {
            throw new IllegalArgumentException("secretId must not be null or blank");
        }
        return new EngineResources(engine, service, type, secretId, region);
    }

    @Override
    public List<String> list() {
        return engine.list(service, type, account, region).stream()
                .map(EngineResources::write)
                .toList();
    }

    @Override
    public Optional<String> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return engine.find(service, type, account, region, id).map(EngineResources::write);
    }

    @Override
    public String put(String resourceJson) {
        if (resourceJson == null) {
            throw new IllegalArgumentException("resource JSON must not be null");
        }
        JsonNode node;
        try {
            node = Json.STRICT.readTree(resourceJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the resource is not valid JSON: " + e.getOriginalMessage(), e);
        }
        ObjectNode stored = engine.put(service, type, account, region, node);
        return engine.idOf(service, type, stored);
    }

    @Override
    public boolean remove(String id) {
        return id != null && engine.remove(service, type, account, region, id);
    }

    private static String write(ObjectNode node) {
        try {
            return Json.STRICT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Resources[" + service + " " + type + ", account " + account + ", " + region + "]";
    }
}
