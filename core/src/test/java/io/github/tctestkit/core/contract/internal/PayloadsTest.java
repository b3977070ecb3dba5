package io.github.tctestkit.core.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Payloads and default answers")
class PayloadsTest {

    static final ServiceContract MDL = ServiceContract.streamLive();
    static final Structure CHANNELS = MDL.action("DescribeStreamLiveChannels").output();
    static final String CHANNEL_MEMBERS =
            String.join(", ", MDL.structure("StreamLiveChannelInfo").memberNames());

    static JsonNode json(String text) {
        try {
            return Json.STRICT.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> actions() {
        return MDL.actionNames().stream();
    }

    @ParameterizedTest
    @MethodSource("actions")
    @DisplayName("every default answer passes the payload check and holds every always-returned member, recursively")
    void defaultAnswers(String name) {
        ActionContract a = MDL.action(name);
        ObjectNode answer = a.defaultAnswer();
        Payloads.check(a.output(), answer);
        assertThat(answer.has("RequestId")).isFalse();
        assertAlwaysReturned(a.output(), answer, name);
        ObjectNode withId = answer.deepCopy().put("RequestId", "b1e6f7d4-0000-4000-8000-000000000000");
        Payloads.check(a.output(), withId);
    }

    static void assertAlwaysReturned(Structure s, JsonNode node, String path) {
        for (Member m : s.members()) {
            JsonNode v = node.get(m.name());
            if (m.isDisabled()) {
                assertThat(v).as(path + "." + m.name() + " is hidden").isNull();
                continue;
            }
            if (m.isAlwaysReturned()) {
                assertThat(v).as(path + "." + m.name()).isNotNull();
            }
            if (v == null || v.isNull() || !m.isStructured()) {
                continue;
            }
            Structure inner = m.structure().orElseThrow();
            if (m.kind() == Member.Kind.OBJECT) {
                assertAlwaysReturned(inner, v, path + "." + m.name());
            } else {
                for (int i = 0; i < v.size(); i++) {
                    assertAlwaysReturned(inner, v.get(i), path + "." + m.name() + "." + i);
                }
            }
        }
    }

    @Test
    @DisplayName("default answers: the example kept, examples parsed to their type, lists of objects hold an item")
    void defaultAnswerContent() {
        ObjectNode channel = MDL.action("DescribeStreamLiveChannel").defaultAnswer();
        assertThat(channel.at("/Info/Id").asText()).isEqualTo("5E95AB6430E630731B8B");
        assertThat(channel.at("/Info/State").asText()).isEqualTo("IDLE");
        assertThat(channel.at("/Info/AttachedInputs/0/AudioSelectors/0/AudioPidSelection/Pid")
                        .isNumber())
                .isTrue();
        assertThat(MDL.action("CreateStreamLiveInput").defaultAnswer().toString())
                .isEqualTo("{\"Id\":\"5E7818810943216A1234\"}");
        assertThat(MDL.action("DeleteStreamLiveInput").defaultAnswer().isEmpty())
                .isTrue();
        ObjectNode detections = MDL.action("DescribeWatermarkDetections").defaultAnswer();
        assertThat(detections.get("TotalCount").asInt()).isEqualTo(1);
        assertThat(detections.at("/TaskInfos/0/TaskId").asText()).isEqualTo("69310B251D3EC914C024");
        ObjectNode watermarks = MDL.action("DescribeStreamLiveWatermarks").defaultAnswer();
        assertThat(watermarks.at("/Infos/0/Type").asText())
                .as("placeholder replaced")
                .isNotEqualTo("xx");
        ObjectNode av = MDL.action("DescribeStreamLiveChannel").defaultAnswer();
        JsonNode template = av.at("/Info/AVTemplates/0");
        assertThat(template.get("Width").isIntegralNumber()).isTrue();
        assertThat(template.get("Vcodec").asText()).isEqualTo("H264");
    }

    @Test
    @DisplayName("default answers are deep copies")
    void deepCopies() {
        ActionContract a = MDL.action("DescribeStreamLiveChannel");
        ObjectNode first = a.defaultAnswer();
        String before = first.toString();
        ((ObjectNode) first.get("Info")).put("Name", "changed");
        ((ObjectNode) first.at("/Info/AttachedInputs/0")).put("Id", "changed");
        assertThat(a.defaultAnswer().toString()).isEqualTo(before);
        assertThat(a.defaultAnswer()).isNotSameAs(a.defaultAnswer());
    }

    @Test
    @DisplayName("check: unknown members name the path and the members there")
    void unknownMembers() {
        ObjectNode payload = MDL.action("DescribeStreamLiveChannels").defaultAnswer();
        ((ObjectNode) payload.at("/Infos/0")).put("Stat", "RUNNING");
        assertThatThrownBy(() -> Payloads.check(CHANNELS, payload))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"Infos.0.Stat\" is not a member of StreamLiveChannelInfo; its members are: "
                        + CHANNEL_MEMBERS);
        assertThat(CHANNEL_MEMBERS).startsWith("Id, State, AttachedInputs, ");
        assertThatThrownBy(() -> Payloads.check(CHANNELS, json("{'Info':{}}")))
                .hasMessage("\"Info\" is not a member of DescribeStreamLiveChannelsResponse; its members are: Infos,"
                        + " RequestId");
    }

    @Test
    @DisplayName("check: wrong types and nulls")
    void wrongTypes() {
        Structure out = MDL.action("DescribeStreamLiveChannel").output();
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'Id':1}}")))
                .hasMessage("\"Info.Id\" must be string, but is a number (1)");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':[]}")))
                .hasMessage("\"Info\" must be an object StreamLiveChannelInfo, but is an array");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AttachedInputs':{}}}")))
                .hasMessage("\"Info.AttachedInputs\" must be a list of objects AttachedInput, but is an object");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AttachedInputs':['x']}}")))
                .hasMessage("\"Info.AttachedInputs.0\" must be an object AttachedInput, but is the text \"x\"");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AttachedInputs':[{'Idd':'x'}]}}")))
                .hasMessageStartingWith("\"Info.AttachedInputs.0.Idd\" is not a member of AttachedInput; its members"
                        + " are: Id, AudioSelectors");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AVTemplates':[{'Width':'1920'}]}}")))
                .hasMessage("\"Info.AVTemplates.0.Width\" must be uint64 (an integer from 0 to 18446744073709551615),"
                        + " but is the text \"1920\"");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AVTemplates':[{'Width':-1}]}}")))
                .hasMessageStartingWith("\"Info.AVTemplates.0.Width\" must be uint64");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AVTemplates':[{'Width':1.0}]}}")))
                .hasMessageStartingWith("\"Info.AVTemplates.0.Width\" must be uint64");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'AVTemplates':[{'ForensicWatermarkIds':[1]}]}}")))
                .hasMessage("\"Info.AVTemplates.0.ForensicWatermarkIds.0\" must be string, but is a number (1)");
        assertThatThrownBy(() -> Payloads.check(out, json("{'Info':{'Id':null}}")))
                .hasMessage("\"Info.Id\" must not be null: Id is not nullable");
        Payloads.check(
                out, json("{'Info':{'AVTemplates':[{'Width':0,'ForensicWatermarkIds':['a']}]},'RequestId':'r'}"));
        Structure input = MDL.action("DescribeStreamLiveInput").output();
        Payloads.check(input, json("{'Info':{'AttachedChannels':null}}"));
        assertThatThrownBy(() -> Payloads.check(out, json("[]")))
                .hasMessage("a payload must be a JSON object, not an array");
        assertThatThrownBy(() -> Payloads.check(out, null)).hasMessage("a payload must be a JSON object, not nothing");
        assertThatThrownBy(() -> Payloads.check(null, json("{}"))).hasMessage("output structure must not be null");
    }

    @Test
    @DisplayName("check: RequestId at the top level also where the structure does not list it")
    void requestId() {
        ActionContract a = RequestCheckerTest.floatAction();
        Payloads.check(a.output(), json("{'F':1.5,'RequestId':'r'}"));
        assertThatThrownBy(() -> Payloads.check(a.output(), json("{'RequestId':1}")))
                .hasMessage("\"RequestId\" must be a string, but is a number (1)");
        assertThatThrownBy(() -> Payloads.check(a.output(), json("{'F':'1.5'}")))
                .hasMessage("\"F\" must be float (a number), but is the text \"1.5\"");
    }

    @Test
    @DisplayName("set: creates objects and list items on the way, checks path and value")
    void set() {
        ObjectNode payload = json("{}").deepCopy();
        Payloads.set(payload, CHANNELS, "Infos.0.State", "RUNNING");
        Payloads.set(payload, CHANNELS, "Infos.0.AttachedInputs.0.AudioSelectors.0.AudioPidSelection.Pid", 256);
        Payloads.set(payload, CHANNELS, "Infos.1.Name", "second");
        Payloads.set(payload, CHANNELS, "Infos.0.AVTemplates.0.ForensicWatermarkIds.0", "w1");
        Payloads.set(payload, CHANNELS, "Infos.0.AVTemplates.0.ForensicWatermarkIds.1", "w2");
        Payloads.set(payload, CHANNELS, "Infos.0.AVTemplates.0.ForensicWatermarkIds.0", "w0");
        assertThat(payload.toString())
                .isEqualTo("{\"Infos\":[{\"State\":\"RUNNING\",\"AttachedInputs\":[{\"AudioSelectors\":[{"
                        + "\"AudioPidSelection\":{\"Pid\":256}}]}],\"AVTemplates\":[{\"ForensicWatermarkIds\":[\"w0\","
                        + "\"w2\"]}]},{\"Name\":\"second\"}]}");
        Payloads.set(payload, CHANNELS, "Infos.1", Map.of("Id", "c2"));
        assertThat(payload.at("/Infos/1").toString()).isEqualTo("{\"Id\":\"c2\"}");
        Payloads.set(payload, CHANNELS, "Infos.0.AttachedInputs", List.of());
        assertThat(payload.at("/Infos/0/AttachedInputs").toString()).isEqualTo("[]");
        Payloads.set(payload, CHANNELS, "Infos.2.AttachedInputs.0.Id", json("'x'"));
        assertThat(payload.at("/Infos/2").toString()).isEqualTo("{\"AttachedInputs\":[{\"Id\":\"x\"}]}");
        payload.set("Infos", json("'scalar'"));
        ObjectNode replaced = json("{'Infos':[3]}").deepCopy();
        Payloads.set(replaced, CHANNELS, "Infos.0.Id", "x");
        assertThat(replaced.toString())
                .as("a wrong shape on the way is replaced")
                .isEqualTo("{\"Infos\":[{\"Id\":\"x\"}]}");
        ObjectNode nullInfo = json("{'Info':null}").deepCopy();
        Payloads.set(nullInfo, MDL.action("DescribeStreamLiveChannel").output(), "Info.Name", "n");
        assertThat(nullInfo.toString()).isEqualTo("{\"Info\":{\"Name\":\"n\"}}");
        ObjectNode nullable = json("{}").deepCopy();
        Payloads.set(
                nullable, MDL.action("DescribeStreamLiveInput").output(), "Info.AttachedChannels", (JsonNode) null);
        assertThat(nullable.toString()).isEqualTo("{\"Info\":{\"AttachedChannels\":null}}");
        Payloads.set(nullable, MDL.action("DescribeStreamLiveInput").output(), "Info.AttachedChannels.0", "c");
        assertThat(nullable.toString()).isEqualTo("{\"Info\":{\"AttachedChannels\":[\"c\"]}}");
    }

    @Test
    @DisplayName("set: refuses unknown members, bad indexes and wrong types, and changes nothing then")
    void setRefuses() {
        ObjectNode payload = MDL.action("DescribeStreamLiveChannels").defaultAnswer();
        String before = payload.toString();
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.Stat", "RUNNING"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"Infos.0.Stat\" is not a member of StreamLiveChannelInfo; its members are: "
                        + CHANNEL_MEMBERS);
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.Name", 5))
                .hasMessage("\"Infos.0.Name\" must be string, but is a number (5)");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.Name", (Object) null))
                .hasMessage("\"Infos.0.Name\" must not be null: Name is not nullable");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.2.Name", "x"))
                .hasMessage("\"Infos.2\": Infos has 1 items; use an index from 0 to 1 (1 appends)");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.x.Name", "x"))
                .hasMessage("\"Infos.x\": Infos is a list; use an index from 0 to 1 here");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.-1.Name", "x"))
                .hasMessage("\"Infos.-1\": Infos is a list; use an index from 0 to 1 here");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.9999999999.Name", "x"))
                .hasMessageStartingWith("\"Infos.9999999999\": Infos is a list;");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos..Name", "x"))
                .hasMessage("\"Infos.\": Infos is a list; use an index from 0 to 1 here");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.Name.First", "x"))
                .hasMessage("\"Infos.0.Name.First\": Name is a string and has no members");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.AVTemplates.0.ForensicWatermarkIds.0.X", "x"))
                .hasMessage("\"Infos.0.AVTemplates.0.ForensicWatermarkIds.0\" is an item of ForensicWatermarkIds, a"
                        + " list of string, and has no members");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0", "x"))
                .hasMessage("\"Infos.0\" must be an object StreamLiveChannelInfo, but is the text \"x\"");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0", Map.of("Idd", 1)))
                .hasMessageStartingWith("\"Infos.0.Idd\" is not a member of StreamLiveChannelInfo");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.AVTemplates.0.ForensicWatermarkIds.0", 1))
                .hasMessage("\"Infos.0.AVTemplates.0.ForensicWatermarkIds.0\" must be string, but is a number (1)");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "Infos.0.Name.", "x"))
                .hasMessage("\"Infos.0.Name.\": Name is a string and has no members");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, "", "x")).hasMessage("path must not be null or empty");
        assertThatThrownBy(() -> Payloads.set(payload, CHANNELS, null, "x"))
                .hasMessage("path must not be null or empty");
        assertThatThrownBy(() -> Payloads.set(null, CHANNELS, "Infos", "x"))
                .hasMessage("payload and output structure must not be null");
        assertThatThrownBy(() -> Payloads.set(payload, null, "Infos", "x"))
                .hasMessage("payload and output structure must not be null");
        assertThat(payload.toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("merge patch (RFC 7386): merge, remove with null, replace; checked after merging; input untouched")
    void mergePatch() {
        Structure out = MDL.action("DescribeStreamLiveChannel").output();
        ObjectNode payload = MDL.action("DescribeStreamLiveChannel").defaultAnswer();
        String before = payload.toString();
        ObjectNode patched = Payloads.mergePatch(
                payload,
                out,
                json("{'Info':{'State':'RUNNING','AttachedInputs':null,'OutputGroups':[]}," + "'RequestId':'r'}"));
        assertThat(patched.at("/Info/State").asText()).isEqualTo("RUNNING");
        assertThat(patched.at("/Info").has("AttachedInputs")).isFalse();
        assertThat(patched.at("/Info/OutputGroups").size()).isZero();
        assertThat(patched.at("/Info/Id").asText()).isEqualTo("5E95AB6430E630731B8B");
        assertThat(patched.get("RequestId").asText()).isEqualTo("r");
        assertThat(payload.toString()).isEqualTo(before);
        ObjectNode fresh = Payloads.mergePatch(json("{}").deepCopy(), out, json("{'Info':{'Name':'n'}}"));
        assertThat(fresh.toString()).isEqualTo("{\"Info\":{\"Name\":\"n\"}}");
    }

    @Test
    @DisplayName("merge patch: refuses a result that fails the check, and a patch that is not an object")
    void mergePatchRefuses() {
        Structure out = MDL.action("DescribeStreamLiveChannel").output();
        ObjectNode payload = MDL.action("DescribeStreamLiveChannel").defaultAnswer();
        assertThatThrownBy(() -> Payloads.mergePatch(payload, out, json("{'Info':{'Stat':'RUNNING'}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"Info.Stat\" is not a member of StreamLiveChannelInfo; its members are: Id,");
        assertThatThrownBy(() -> Payloads.mergePatch(payload, out, json("{'Info':{'Name':{'x':null}}}")))
                .hasMessage("\"Info.Name\" must be string, but is an object");
        assertThatThrownBy(() -> Payloads.mergePatch(payload, out, json("[]")))
                .hasMessage("a merge patch of a payload must be a JSON object, not an array");
        assertThatThrownBy(() -> Payloads.mergePatch(payload, out, null))
                .hasMessage("a merge patch of a payload must be a JSON object, not nothing");
        assertThatThrownBy(() -> Payloads.mergePatch(null, out, json("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Output members of every new primitive type, each always returned, with and without examples. */
    static final ServiceContract TYPES = ServiceContract.load(new java.io.ByteArrayInputStream(
            ("{'service':'x','version':'1','actions':{'A':{'input':'O','output':'O'}},'objects':{'O':["
                            + "{'name':'B','kind':'bool','type':'bool','alwaysReturned':true,'example':' True '},"
                            + "{'name':'B2','kind':'bool','type':'bool','alwaysReturned':true},"
                            + "{'name':'B3','kind':'bool','type':'bool','alwaysReturned':true,'example':'yes'},"
                            + "{'name':'D','kind':'string','type':'datetime','alwaysReturned':true},"
                            + "{'name':'DE','kind':'string','type':'datetime','alwaysReturned':true,"
                            + "'example':'2021-01-01 10:00:00'},"
                            + "{'name':'DI','kind':'string','type':'datetime_iso','alwaysReturned':true},"
                            + "{'name':'DIE','kind':'string','type':'datetime_iso','alwaysReturned':true,"
                            + "'example':'2021-01-01T10:00:00Z'},"
                            + "{'name':'DA','kind':'string','type':'date','alwaysReturned':true},"
                            + "{'name':'DAE','kind':'string','type':'date','alwaysReturned':true,'example':'2021-01-01'},"
                            + "{'name':'BL','kind':'list','type':'bool','alwaysReturned':true,"
                            + "'example':'[true,\\\"false\\\",\\\" TRUE \\\",\\\"x\\\",1,null]'},"
                            + "{'name':'IL','kind':'list','type':'int64','alwaysReturned':true,"
                            + "'example':'[1,\\\"2\\\",\\\" 3 \\\",\\\"x\\\",1.5,\\\"99999999999999999999\\\"]'},"
                            + "{'name':'UL','kind':'list','type':'uint64','alwaysReturned':true,"
                            + "'example':'[-1,5,\\\"-2\\\"]'},"
                            + "{'name':'FL','kind':'list','type':'float','alwaysReturned':true,"
                            + "'example':'[1.5,\\\" 2.5 \\\",\\\"x\\\"]'},"
                            + "{'name':'SL','kind':'list','type':'string','alwaysReturned':true,"
                            + "'example':'[1,\\\"a\\\",true,{},[2]]'},"
                            + "{'name':'DL','kind':'list','type':'date','alwaysReturned':true,"
                            + "'example':'[\\\"2021-01-01\\\"]'}"
                            + "]}}")
                    .replace('\'', '"')
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    @Test
    @DisplayName(
            "default answers of bool, datetime, datetime_iso and date members: examples parsed, else type defaults")
    void defaultAnswerTypes() {
        ObjectNode answer = TYPES.action("A").defaultAnswer();
        assertThat(answer.toString())
                .isEqualTo(json("{'B':true,'B2':false,'B3':false,'D':'2020-09-22 00:00:00','DE':'2021-01-01 10:00:00',"
                                + "'DI':'2020-09-22T00:00:00+08:00','DIE':'2021-01-01T10:00:00Z','DA':'2020-09-22',"
                                + "'DAE':'2021-01-01','BL':[true,false,true],'IL':[1,2,3],'UL':[5],'FL':[1.5,2.5],"
                                + "'SL':['1','a','true'],'DL':['2021-01-01']}")
                        .toString());
        assertThat(answer.get("BL").get(0).isBoolean()).isTrue();
        assertThat(answer.get("IL").get(1).isIntegralNumber()).isTrue();
        assertThat(answer.get("FL").get(1).isNumber()).isTrue();
        Payloads.check(TYPES.action("A").output(), answer);
    }

    @Test
    @DisplayName("check, set and merge patch: bool members hold JSON booleans, dates and datetimes strings")
    void boolAndDates() {
        Structure out = TYPES.action("A").output();
        Payloads.check(out, json("{'B':false,'BL':[true,false],'D':'x','DI':'y','DA':'z','DL':['2021-01-01']}"));
        assertThatThrownBy(() -> Payloads.check(out, json("{'B':'true'}")))
                .hasMessage("\"B\" must be bool (true or false), but is the text \"true\"");
        assertThatThrownBy(() -> Payloads.check(out, json("{'B':1}")))
                .hasMessage("\"B\" must be bool (true or false), but is a number (1)");
        assertThatThrownBy(() -> Payloads.check(out, json("{'BL':[true,'false']}")))
                .hasMessage("\"BL.1\" must be bool (true or false), but is the text \"false\"");
        assertThatThrownBy(() -> Payloads.check(out, json("{'D':1}")))
                .hasMessage("\"D\" must be datetime (a string such as \"2020-09-22 00:00:00\"), but is a number (1)");
        assertThatThrownBy(() -> Payloads.check(out, json("{'DI':true}")))
                .hasMessage("\"DI\" must be datetime_iso (a string such as \"2020-09-22T00:00:00+08:00\"), but is a"
                        + " boolean (true)");
        assertThatThrownBy(() -> Payloads.check(out, json("{'DL':[20210101]}")))
                .hasMessage("\"DL.0\" must be date (a string such as \"2020-09-22\"), but is a number (20210101)");
        ObjectNode payload = TYPES.action("A").defaultAnswer();
        Payloads.set(payload, out, "B2", true);
        Payloads.set(payload, out, "BL.3", false);
        Payloads.set(payload, out, "DA", "2024-02-29");
        assertThat(payload.get("B2").booleanValue()).isTrue();
        assertThat(payload.get("BL").toString()).isEqualTo("[true,false,true,false]");
        assertThat(payload.get("DA").asText()).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> Payloads.set(payload, out, "B", "true"))
                .hasMessage("\"B\" must be bool (true or false), but is the text \"true\"");
        assertThatThrownBy(() -> Payloads.set(payload, out, "BL.0", 0))
                .hasMessage("\"BL.0\" must be bool (true or false), but is a number (0)");
        assertThatThrownBy(() -> Payloads.set(payload, out, "D", 0)).hasMessageStartingWith("\"D\" must be datetime");
        ObjectNode patched = Payloads.mergePatch(payload, out, json("{'B':false,'DE':'2022-02-02 02:02:02'}"));
        assertThat(patched.get("B").booleanValue()).isFalse();
        assertThat(patched.get("DE").asText()).isEqualTo("2022-02-02 02:02:02");
        assertThat(payload.get("B").booleanValue()).as("input untouched").isTrue();
        assertThatThrownBy(() -> Payloads.mergePatch(payload, out, json("{'B':'no'}")))
                .hasMessage("\"B\" must be bool (true or false), but is the text \"no\"");
    }

    @Test
    @DisplayName("Values: boolean text, list items converted to their type")
    void values() {
        for (String ok : new String[] {"true", "false", "TRUE", "False"}) {
            assertThat(Values.isBooleanText(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "1", "0", "yes", "truex", " true"}) {
            assertThat(Values.isBooleanText(bad)).as(bad).isFalse();
        }
        assertThat(Values.itemValue("bool", json("true"))).isEqualTo(json("true"));
        assertThat(Values.itemValue("bool", json("'False'"))).isEqualTo(json("false"));
        assertThat(Values.itemValue("bool", json("1"))).isNull();
        assertThat(Values.itemValue("uint64", json("-1"))).isNull();
        assertThat(Values.itemValue("uint64", json("'18446744073709551615'"))).isEqualTo(json("18446744073709551615"));
        assertThat(Values.itemValue("int64", json("2.0"))).isNull();
        assertThat(Values.itemValue("float", json("'1e3'"))).isEqualTo(json("1e3"));
        assertThat(Values.itemValue("float", json("true"))).isNull();
        assertThat(Values.itemValue("datetime", json("5"))).isEqualTo(json("'5'"));
        assertThat(Values.itemValue("string", json("null"))).isNull();
        assertThat(Values.itemValue("string", json("[]"))).isNull();
        assertThat(Values.expected("bool")).isEqualTo("bool (true or false)");
    }
}
