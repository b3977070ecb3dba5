package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.Structure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A service on the engine by convention ({@link Conventions}): each inferred resource gets its create, describe,
 * delete (and modify) actions. Not API.
 *
 * <ul>
 *   <li>Create stores one resource: the request's values where member names match the item structure, every
 *       always-returned member at a neutral value, a fresh id ({@code prefix} and 8 lowercase letters or digits), a
 *       {@code CreateTime} / {@code CreatedTime} / {@code CreationTime} of a date-time type at the server clock's now;
 *       members whose name holds {@code Password} or {@code Secret} are never echoed.
 *   <li>Describe: by ids (unknown ids left out), by the scoping members, by {@code Filters} (names: the item's
 *       top-level members as they are or in kebab case, {@code ClusterName} or {@code cluster-name}; another name is
 *       {@code InvalidFilter} when documented, else {@code InvalidParameterValue}), paged by {@code Offset} / {@code
 *       Limit} (20 by default; a value that is not a non-negative integer is {@code InvalidParameterValue}) in
 *       creation order, {@code TotalCount} counting every match.
 *   <li>Delete and Modify: every id must exist ({@link Conventions.Resource#notFoundCode()}), then the resources go,
 *       or take the request's values of members the item has.
 * </ul>
 */
final class Inferred extends Product {

    private static final String BAD = "InvalidParameterValue";
    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(java.time.ZoneOffset.ofHours(8));

    final Conventions.Result result;

    Inferred(Engine engine, Conventions.Result result) {
        super(engine, result.service(), result.version());
        this.result = result;
        for (Conventions.Resource r : result.resources()) {
            Structure item = contract.structure(r.item());
            ResourceType.Builder b = ResourceType.builder(service, r.noun(), r.idMember(), r.idPrefix())
                    .shape(item)
                    .anyId()
                    .quota(Integer.MAX_VALUE);
            for (Member m : item.members()) {
                if (!m.isDisabled() && !m.isStructured()) {
                    b.filter(m.name(), "/" + m.name());
                    b.filter(Conventions.kebab(m.name()), "/" + m.name());
                }
            }
            ResourceType t = type(b);
            writes(r.create(), c -> create(c, r, t));
            reads(r.describe(), c -> describe(c, r, t));
            writes(r.delete(), c -> delete(c, r, t));
            if (r.modify() != null) {
                writes(r.modify(), c -> modify(c, r, t));
            }
        }
    }

    /** The request's values of the item's members, but the id and secrets (passwords are never echoed). */
    private static void copyRequest(Call c, ResourceType t, ObjectNode into) {
        for (String m : t.shape.memberNames()) {
            JsonNode v = c.node(m);
            if (v != null && !m.equals(t.idMember) && !m.contains("Password") && !m.contains("Secret")) {
                into.set(m, v.deepCopy());
            }
        }
    }

    private ObjectNode create(Call c, Conventions.Resource r, ResourceType t) {
        ObjectNode data = F.objectNode();
        copyRequest(c, t, data);
        for (String m : List.of("CreateTime", "CreatedTime", "CreationTime")) {
            t.shape.member(m).filter(x -> !data.has(m)).ifPresent(x -> {
                switch (x.type()) {
                    case "datetime" -> data.put(m, Vpc.TIME.format(c.now));
                    case "datetime_iso" -> data.put(m, ISO.format(c.now));
                    default -> {} // a string of unknown form, or a number: left neutral
                }
            });
        }
        String id = create(c, t, data, "LimitExceeded").path(t.idMember).asText();
        ObjectNode out = answer(c);
        if (r.createOutputIsList()) {
            out.putArray(r.createOutput()).add(id);
        } else {
            out.put(r.createOutput(), id);
        }
        return out;
    }

    private ObjectNode describe(Call c, Conventions.Resource r, ResourceType t) {
        List<String> ids = r.idsParam() == null ? null : c.texts(r.idsParam());
        List<Predicate<ObjectNode>> match = new ArrayList<>();
        if (r.filters()) {
            String code = product(c).documentedCodes(c.action).contains("InvalidFilter") ? "InvalidFilter" : BAD;
            match.addAll(filters(c, t, code, code));
        }
        for (String s : r.scope()) {
            String want = c.required(s);
            JsonPointer p = JsonPointer.compile("/" + s);
            match.add(d -> d.at(p).asText().equals(want));
        }
        long offset = r.offset() ? c.integer("Offset", 0, 0, Integer.MAX_VALUE, BAD) : 0;
        long limit = r.limit() ? c.integer("Limit", 20, 0, Integer.MAX_VALUE, BAD) : Long.MAX_VALUE;
        Space.Bucket bucket = c.space.bucket(t);
        List<ObjectNode> hits = new ArrayList<>();
        if (ids != null && !ids.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (String id : ids) {
                Space.Bucket.Stored s = bucket.byId.get(id);
                if (s != null && seen.add(id)) {
                    hits.add(s.data());
                }
            }
        } else {
            for (String id : bucket.order.values()) {
                Space.Bucket.Stored s = bucket.byId.get(id);
                if (s != null) {
                    hits.add(s.data());
                }
            }
        }
        ObjectNode out = answer(c);
        ArrayNode page = out.putArray(r.listMember());
        long total = 0;
        for (ObjectNode d : hits) {
            if (match.stream().allMatch(p -> p.test(d))) {
                if (total >= offset && page.size() < limit) {
                    page.add(d);
                }
                total++;
            }
        }
        if (r.totalCount()) {
            out.put("TotalCount", total);
        }
        return out;
    }

    private static Product product(Call c) {
        return c.product;
    }

    private List<ObjectNode> found(Call c, Conventions.Resource r, ResourceType t, String param, boolean list) {
        List<String> ids = list ? c.requiredTexts(param) : List.of(c.required(param));
        String code =
                product(c).documentedCodes(c.action).contains(r.notFoundCode()) ? r.notFoundCode() : "ResourceNotFound";
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        for (String id : ids) {
            found.put(id, c.find(t, id, code, code));
        }
        return List.copyOf(found.values());
    }

    private ObjectNode delete(Call c, Conventions.Resource r, ResourceType t) {
        for (ObjectNode d : found(c, r, t, r.deleteParam(), r.deleteParamIsList())) {
            delete(c, t, d.path(t.idMember).asText(), "ResourceInUse");
        }
        return answer(c);
    }

    private ObjectNode modify(Call c, Conventions.Resource r, ResourceType t) {
        for (ObjectNode d : found(c, r, t, r.modifyParam(), r.modifyParamIsList())) {
            ObjectNode copy = d.deepCopy();
            copyRequest(c, t, copy);
            update(c, t, copy);
        }
        return answer(c);
    }
}
