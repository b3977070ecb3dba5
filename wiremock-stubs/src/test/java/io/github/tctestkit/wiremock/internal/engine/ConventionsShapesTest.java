package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ServiceContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The inference on small made-up contracts: one safe shape, and each ambiguous variant of it refused. */
class ConventionsShapesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode member(String name, String kind, String type) {
        ObjectNode m = JSON.createObjectNode();
        m.put("name", name).put("kind", kind).put("type", type);
        return m;
    }

    static ObjectNode action(String input, String output) {
        ObjectNode a = JSON.createObjectNode();
        a.put("input", input).put("output", output);
        a.putArray("errors");
        return a;
    }

    /** acme 2024-01-01: CreateWidget → WidgetId; DescribeWidgets (WidgetIds, Filters, Offset, Limit); DeleteWidget. */
    static ObjectNode acme() {
        ObjectNode c = JSON.createObjectNode();
        c.put("format", 1).put("service", "acme").put("version", "2024-01-01");
        c.putArray("codes").add("ResourceNotFound.WidgetNotFound");
        ObjectNode actions = c.putObject("actions");
        ObjectNode objects = c.putObject("objects");
        actions.set("CreateWidget", action("CreateWidgetRequest", "CreateWidgetResponse"));
        ((ObjectNode) actions.get("CreateWidget")).putObject("exampleResponse").put("WidgetId", "wdg-12ab34cd");
        actions.set("DescribeWidgets", action("DescribeWidgetsRequest", "DescribeWidgetsResponse"));
        actions.set("DeleteWidget", action("DeleteWidgetRequest", "DeleteWidgetResponse"));
        ((ArrayNode) actions.get("DeleteWidget").get("errors")).add("ResourceNotFound.WidgetNotFound");
        objects.putArray("CreateWidgetRequest")
                .add(member("WidgetName", "string", "string").put("required", true))
                .add(member("Size", "int", "int64"));
        objects.putArray("CreateWidgetResponse")
                .add(member("WidgetId", "string", "string"))
                .add(member("RequestId", "string", "string"));
        objects.putArray("DescribeWidgetsRequest")
                .add(member("WidgetIds", "list", "string"))
                .add(member("Filters", "list", "Filter"))
                .add(member("Offset", "int", "int64"))
                .add(member("Limit", "int", "int64"));
        objects.putArray("DescribeWidgetsResponse")
                .add(member("WidgetSet", "list", "Widget"))
                .add(member("TotalCount", "int", "int64"))
                .add(member("RequestId", "string", "string"));
        objects.putArray("DeleteWidgetRequest")
                .add(member("WidgetId", "string", "string").put("required", true));
        objects.putArray("DeleteWidgetResponse").add(member("RequestId", "string", "string"));
        objects.putArray("Widget")
                .add(member("WidgetId", "string", "string"))
                .add(member("WidgetName", "string", "string"))
                .add(member("Size", "int", "int64"));
        objects.putArray("Filter").add(member("Name", "string", "string")).add(member("Values", "list", "string"));
        return c;
    }

    static Conventions.Result infer(Consumer<ObjectNode> change) throws Exception {
        ObjectNode c = acme();
        change.accept(c);
        return Conventions.infer(ServiceContract.load(
                new ByteArrayInputStream(JSON.writeValueAsString(c).getBytes(StandardCharsets.UTF_8))));
    }

    static ArrayNode objects(ObjectNode c, String name) {
        return (ArrayNode) c.get("objects").get(name);
    }

    @Test
    void theSafeShapeIsInferred() throws Exception {
        Conventions.Result r = infer(c -> {});
        assertThat(r.refusals()).isEmpty();
        Conventions.Resource w = r.resources().get(0);
        assertThat(w.noun()).isEqualTo("Widget");
        assertThat(w.idMember()).isEqualTo("WidgetId");
        assertThat(w.idsParam()).isEqualTo("WidgetIds");
        assertThat(w.filters() && w.offset() && w.limit() && w.totalCount()).isTrue();
        assertThat(w.idPrefix()).isEqualTo("wdg-");
        assertThat(w.notFoundCode()).isEqualTo("ResourceNotFound.WidgetNotFound");
    }

    @Test
    void withoutExampleIdsTheServicesNameIsThePrefixAndWithoutACodeTheCommonOne() throws Exception {
        Conventions.Resource w = infer(c -> {
                    ((ObjectNode) c.get("actions").get("CreateWidget")).remove("exampleResponse");
                    ((ObjectNode) c.get("actions").get("DeleteWidget")).putArray("errors");
                })
                .resources()
                .get(0);
        assertThat(w.idPrefix()).isEqualTo("acme-");
        assertThat(w.idPrefixFromExamples()).isFalse();
        assertThat(w.notFoundCode()).isEqualTo("ResourceNotFound");
    }

    @Test
    void twoIdsInTheCreateAnswerAreRefused() throws Exception {
        Conventions.Result r = infer(c -> objects(c, "CreateWidgetResponse").add(member("TaskId", "string", "string")));
        assertThat(r.resources()).isEmpty();
        assertThat(r.refusals()).containsExactly("Widget: CreateWidget answers several ids [WidgetId, TaskId]");
    }

    @Test
    void twoListsOfItemsWithTheIdAreRefused() throws Exception {
        Conventions.Result r =
                infer(c -> objects(c, "DescribeWidgetsResponse").add(member("OldWidgetSet", "list", "Widget")));
        assertThat(r.resources()).isEmpty();
        assertThat(r.refusals().get(0)).contains("several lists with WidgetId");
    }

    @Test
    void filtersOfAnotherFormAreRefused() throws Exception {
        Conventions.Result r = infer(c -> {
            objects(c, "Filter").removeAll();
            objects(c, "Filter").add(member("Key", "string", "string")).add(member("Value", "string", "string"));
        });
        assertThat(r.resources()).isEmpty();
        assertThat(r.refusals().get(0)).contains("Filters of another form");
    }

    @Test
    void pagingWithoutATotalCountIsRefused() throws Exception {
        Conventions.Result r = infer(c -> objects(c, "DescribeWidgetsResponse").remove(1));
        assertThat(r.resources()).isEmpty();
        assertThat(r.refusals().get(0)).contains("pages but answers no TotalCount");
    }

    @Test
    void aRequiredDescribeMemberTheItemsDoNotHoldIsRefusedAndOneTheyHoldScopes() throws Exception {
        Conventions.Result refused = infer(c -> objects(c, "DescribeWidgetsRequest")
                .add(member("FactoryId", "string", "string").put("required", true)));
        assertThat(refused.refusals().get(0)).contains("requires FactoryId");
        Conventions.Result scoped = infer(c -> {
            objects(c, "DescribeWidgetsRequest")
                    .add(member("WidgetName", "string", "string").put("required", true));
        });
        assertThat(scoped.resources().get(0).scope()).containsExactly("WidgetName");
    }

    @Test
    void aDeleteThatTakesNoIdAndACreateThatRequiresItAreRefused() throws Exception {
        Conventions.Result noId = infer(c -> {
            objects(c, "DeleteWidgetRequest").removeAll();
            objects(c, "DeleteWidgetRequest").add(member("Name", "string", "string"));
        });
        assertThat(noId.refusals()).containsExactly("Widget: DeleteWidget takes no WidgetId");
        Conventions.Result parent = infer(c -> objects(c, "CreateWidgetRequest")
                .add(member("WidgetId", "string", "string").put("required", true)));
        assertThat(parent.refusals().get(0)).contains("a parent's id");
    }
}
