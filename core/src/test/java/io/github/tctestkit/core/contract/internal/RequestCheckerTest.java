package io.github.tctestkit.core.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.internal.FlatParameters;
import io.github.tctestkit.core.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("RequestChecker")
class RequestCheckerTest {

    static final ServiceContract MDL = ServiceContract.streamLive();
    static final ActionContract CREATE_INPUT = MDL.action("CreateStreamLiveInput");
    static final ActionContract CREATE_CHANNEL = MDL.action("CreateStreamLiveChannel");
    static final RequestChecker.Options STRICT = RequestChecker.Options.DEFAULTS.withLenientNumbers(false);

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.STRICT.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<ParameterProblem> checkJson(ActionContract a, String body) {
        return RequestChecker.check(a, json(body), false);
    }

    static Optional<ParameterProblem> checkForm(ActionContract a, String... keyValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        return RequestChecker.check(a, unflatten(form), true);
    }

    /** Form values as the server reads them. */
    static ObjectNode unflatten(Map<String, String> form) {
        FlatParameters.Result r = FlatParameters.unflatten(form.entrySet(), List.of());
        assertThat(r.problem()).isNull();
        return r.tree();
    }

    static Stream<String> actions() {
        return MDL.actionNames().stream();
    }

    @ParameterizedTest
    @MethodSource("actions")
    @DisplayName("every example request passes, as JSON and flattened to form values")
    void examplesPass(String name) {
        ActionContract a = MDL.action(name);
        ObjectNode example = a.exampleRequest();
        assertThat(RequestChecker.check(a, example, false)).isEmpty();
        ObjectNode form = unflatten(FlatParameters.flatten(example));
        assertThat(RequestChecker.check(a, form, true)).isEmpty();
        assertThat(RequestChecker.check(a, form, true, STRICT))
                .as("form values are always read by type")
                .isEmpty();
        form.put("Action", name).put("Version", "2020-03-26").put("Region", "ap-guangzhou");
        assertThat(RequestChecker.check(a, form, true)).isEmpty();
    }

    @Test
    @DisplayName(
            "CreateStreamLiveChannel's example sends uint64 as strings: lenient passes, strict names the first path")
    void strictNumbers() {
        assertThat(RequestChecker.check(CREATE_CHANNEL, CREATE_CHANNEL.exampleRequest(), false, STRICT))
                .hasValueSatisfying(p -> {
                    assertThat(p.code()).isEqualTo("InvalidParameter");
                    assertThat(p.path()).isEqualTo("AttachedInputs.0.AudioSelectors.0.AudioPidSelection.Pid");
                    assertThat(p.message())
                            .isEqualTo("The value type of parameter "
                                    + "`AttachedInputs.0.AudioSelectors.0.AudioPidSelection.Pid` is not valid.");
                    assertThat(p.diagnostic())
                            .isEqualTo("AttachedInputs.0.AudioSelectors.0.AudioPidSelection.Pid must be uint64 (an"
                                    + " integer from 0 to 18446744073709551615), but the request has the text \"256\""
                                    + " (strict typing: a JSON string is not a number)");
                });
        assertThat(RequestChecker.check(CREATE_CHANNEL, CREATE_CHANNEL.exampleRequest(), false))
                .isEmpty();
    }

    @Test
    @DisplayName("MissingParameter: exact message, top level and nested, JSON and form")
    void missing() {
        assertThat(checkJson(CREATE_INPUT, "{'Type':'RTMP_PUSH'}")).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("MissingParameter");
            assertThat(p.message()).isEqualTo("The request is missing a required parameter `Name`.");
            assertThat(p.path()).isEqualTo("Name");
            assertThat(p.diagnostic()).isEqualTo("CreateStreamLiveInputRequest requires Name; present: Type");
        });
        assertThat(checkJson(CREATE_INPUT, "{}"))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("CreateStreamLiveInputRequest requires Name; the request has no parameter there"));
        assertThat(checkForm(CREATE_INPUT, "Name", "n")).hasValueSatisfying(p -> {
            assertThat(p.message()).isEqualTo("The request is missing a required parameter `Type`.");
            assertThat(p.path()).isEqualTo("Type");
        });
        assertThat(checkJson(CREATE_INPUT, "{'Name':null,'Type':'RTMP_PUSH'}"))
                .as("null is absent")
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("Name"));
        assertThat(checkJson(CREATE_INPUT, "{'Name':'','Type':'RTMP_PUSH','SecurityGroupIds':[]}"))
                .as("empty string and list are present")
                .isEmpty();
        String nested = "{'Name':'c','AttachedInputs':[{'Id':'i'}],'OutputGroups':[{'Name':'g','Type':'HLS',"
                + "'Outputs':[],'Destinations':[]},{'Type':'HLS','Outputs':[],'Destinations':[]}]}";
        assertThat(checkJson(CREATE_CHANNEL, nested)).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("MissingParameter");
            assertThat(p.message()).isEqualTo("The request is missing a required parameter `OutputGroups.1.Name`.");
            assertThat(p.path()).isEqualTo("OutputGroups.1.Name");
            assertThat(p.diagnostic())
                    .isEqualTo("OutputGroups.1 (StreamLiveOutputGroupsInfo) requires Name; present: Type, Outputs,"
                            + " Destinations");
        });
        assertThat(RequestChecker.check(
                        CREATE_CHANNEL, json(nested), false, RequestChecker.Options.DEFAULTS.withNestedRequired(false)))
                .as("nestedRequired off: only the top level")
                .isEmpty();
        assertThat(checkForm(CREATE_CHANNEL, "Name", "c", "AttachedInputs.0.Id", "i", "OutputGroups.0.Type", "HLS"))
                .hasValueSatisfying(p -> assertThat(p.message())
                        .isEqualTo("The request is missing a required parameter `OutputGroups.0.Name`."));
    }

    @Test
    @DisplayName("missing: a level's own members first (documented order), then nested ones")
    void missingOrder() {
        assertThat(checkJson(CREATE_CHANNEL, "{'AttachedInputs':[{}]}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("Name"));
        assertThat(checkJson(CREATE_CHANNEL, "{'Name':'c','AttachedInputs':[{}]}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("OutputGroups"));
        assertThat(checkJson(CREATE_CHANNEL, "{'Name':'c','OutputGroups':[{'Type':'HLS'}],'AttachedInputs':[{}]}"))
                .as("AttachedInputs comes before OutputGroups in the structure")
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("AttachedInputs.0.Id"));
    }

    @Test
    @DisplayName("UnknownParameter: exact message, top level and nested, JSON and form")
    void unknown() {
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','Nmae':'x'}"))
                .hasValueSatisfying(p -> {
                    assertThat(p.code()).isEqualTo("UnknownParameter");
                    assertThat(p.message()).isEqualTo("The parameter `Nmae` is not recognized.");
                    assertThat(p.path()).isEqualTo("Nmae");
                    assertThat(p.diagnostic())
                            .isEqualTo("\"Nmae\" is not a member of CreateStreamLiveInputRequest; its members are: "
                                    + "Name, Type, SecurityGroupIds, InputSettings (and the common parameters Action,"
                                    + " Version, Region, Timestamp, Nonce, SecretId, Signature, SignatureMethod, Token,"
                                    + " Language, RequestClient)");
                });
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "InputSettings.0.AppNme", "live"))
                .hasValueSatisfying(p -> {
                    assertThat(p.code()).isEqualTo("UnknownParameter");
                    assertThat(p.message()).isEqualTo("The parameter `InputSettings.0.AppNme` is not recognized.");
                    assertThat(p.diagnostic())
                            .startsWith("\"InputSettings.0.AppNme\" is not a member of InputSettingInfo;"
                                    + " its members are: AppName, StreamName");
                    assertThat(p.diagnostic()).doesNotContain("common");
                });
        assertThat(checkJson(CREATE_CHANNEL, "{'Name':'c','AttachedInputs':[{'Id':'i'},{'Idd':'j'}]}"))
                .hasValueSatisfying(p ->
                        assertThat(p.message()).isEqualTo("The parameter `AttachedInputs.1.Idd` is not recognized."));
        assertThat(checkJson(CREATE_CHANNEL, "{'Name':'c','OutputGroups':{'Idd':1}}"))
                .as("nothing is looked for inside a value of the wrong shape")
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("MissingParameter"));
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','Nope':null}"))
                .as("null is absent, even for an unknown name")
                .isEmpty();
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','b':1,'a':1}"))
                .as("the first unknown by name, whatever the order sent")
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("a"));
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','a':1,'b':1}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("a"));
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "b", "1", "a", "1"))
                .as("a form gets the answer JSON gets")
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("a"));
        assertThat(checkJson(CREATE_CHANNEL, "{'Name':'c','OutputGroups':[{'Nope':1}],'AttachedInputs':[{'Idd':'j'}]}"))
                .as("nested objects in the structure's member order, not the order sent")
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("AttachedInputs.0.Idd"));
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','':1}"))
                .as("a member with an empty name is unknown, as the form field of that name is")
                .hasValueSatisfying(p -> assertThat(p.message()).isEqualTo("The parameter `` is not recognized."));
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "", "1"))
                .hasValueSatisfying(p -> assertThat(p.message()).isEqualTo("The parameter `` is not recognized."));
    }

    @Test
    @DisplayName("common parameters are never unknown at the top level, but are inside")
    void commonParameters() {
        ObjectNode request = json("{'Name':'n','Type':'RTMP_PUSH'}");
        for (String common : RequestChecker.COMMON_PARAMETERS) {
            request.put(common, "x");
        }
        assertThat(RequestChecker.COMMON_PARAMETERS).hasSize(11);
        assertThat(RequestChecker.check(CREATE_INPUT, request, false)).isEmpty();
        assertThat(RequestChecker.check(CREATE_INPUT, request, true)).isEmpty();
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','InputSettings':[{'Region':'x'}]}"))
                .hasValueSatisfying(p ->
                        assertThat(p.message()).isEqualTo("The parameter `InputSettings.0.Region` is not recognized."));
    }

    @Test
    @DisplayName("InvalidParameter: exact message with dotted paths and 0-based indexes, JSON and form")
    void invalid() {
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','InputSettings':[{'AppName':1}]}"))
                .hasValueSatisfying(p -> {
                    assertThat(p.code()).isEqualTo("InvalidParameter");
                    assertThat(p.message())
                            .isEqualTo("The value type of parameter `InputSettings.0.AppName` is not valid.");
                    assertThat(p.path()).isEqualTo("InputSettings.0.AppName");
                    assertThat(p.diagnostic())
                            .isEqualTo("InputSettings.0.AppName must be string, but the request has a number (1)");
                });
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "InputSettings.0.AppName.0", "x"))
                .hasValueSatisfying(p -> {
                    assertThat(p.message())
                            .isEqualTo("The value type of parameter `InputSettings.0.AppName` is not valid.");
                    assertThat(p.diagnostic())
                            .isEqualTo("InputSettings.0.AppName must be string, but the request has an array");
                });
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "SecurityGroupIds", "a"))
                .hasValueSatisfying(p -> {
                    assertThat(p.path()).isEqualTo("SecurityGroupIds");
                    assertThat(p.diagnostic())
                            .isEqualTo("SecurityGroupIds must be a list of string, but the request has the text \"a\"");
                });
        assertThat(checkForm(CREATE_INPUT, "Name", "n", "Type", "RTMP_PUSH", "SecurityGroupIds.1", "a"))
                .as("a hole in the indexes")
                .hasValueSatisfying(p -> {
                    assertThat(p.path()).isEqualTo("SecurityGroupIds.0");
                    assertThat(p.diagnostic()).isEqualTo("SecurityGroupIds.0 must be string, but the request has null");
                });
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','InputSettings':['x']}"))
                .hasValueSatisfying(p -> {
                    assertThat(p.path()).isEqualTo("InputSettings.0");
                    assertThat(p.diagnostic())
                            .isEqualTo(
                                    "InputSettings.0 must be an object InputSettingInfo, but the request has the text \"x\"");
                });
        assertThat(checkJson(CREATE_INPUT, "{'Name':'n','Type':'RTMP_PUSH','InputSettings':{'AppName':'x'}}"))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("InputSettings must be a list of objects InputSettingInfo, but the request has an"
                                + " object"));
        assertThat(checkJson(MDL.action("CreateStreamLivePlan"), "{'ChannelId':'c','Plan':'x'}"))
                .hasValueSatisfying(p -> {
                    assertThat(p.message()).isEqualTo("The value type of parameter `Plan` is not valid.");
                    assertThat(p.diagnostic())
                            .isEqualTo("Plan must be an object PlanReq, but the request has the text \"x\"");
                });
        assertThat(checkJson(CREATE_INPUT, "{'Name':true,'Type':'RTMP_PUSH'}"))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("Name must be string, but the request has a boolean (true)"));
    }

    @Test
    @DisplayName("type checks come in documented member order, then nested")
    void typeOrder() {
        assertThat(checkJson(CREATE_INPUT, "{'InputSettings':[{'AppName':1}],'Type':1,'Name':'n'}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("Type"));
        assertThat(checkJson(
                        CREATE_INPUT, "{'InputSettings':[{'AppName':'a'},{'StreamName':2}],'Type':'t','Name':'n'}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("InputSettings.1.StreamName"));
    }

    @Test
    @DisplayName("which code wins: unknown, then missing, then invalid")
    void precedence() {
        assertThat(checkJson(CREATE_INPUT, "{'Type':1,'Nmae':'n'}"))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("UnknownParameter"));
        assertThat(checkJson(CREATE_INPUT, "{'Type':1}"))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("MissingParameter"));
        assertThat(checkJson(CREATE_INPUT, "{'Type':1,'Name':'n','InputSettings':[{'AppNme':'x'}]}"))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("InputSettings.0.AppNme"));
    }

    // Pid is uint64 in AudioPidSelectionInfo; PipelineId int64 in EventSettingsReq; no request has a float.
    static final ActionContract PLAN = MDL.action("CreateStreamLivePlan");

    static Optional<ParameterProblem> uint64(JsonNode pid, boolean form, RequestChecker.Options options) {
        ObjectNode request = json(
                "{'Name':'c','AttachedInputs':[{'Id':'i','AudioSelectors':[{'Name':'a',"
                        + "'AudioPidSelection':{}}]}],'OutputGroups':[{'Name':'g','Type':'HLS','Outputs':[],'Destinations':[]}]}");
        ((ObjectNode) request.at("/AttachedInputs/0/AudioSelectors/0/AudioPidSelection")).set("Pid", pid);
        return RequestChecker.check(CREATE_CHANNEL, request, form, options);
    }

    static Optional<ParameterProblem> int64(JsonNode value, boolean form, RequestChecker.Options options) {
        ObjectNode request = json("{'ChannelId':'c','Plan':{'EventName':'e','TimingSettings':{'StartType':'IMMEDIATE'},"
                + "'EventSettings':{'EventType':'INPUT_SWITCH'}}}");
        ((ObjectNode) request.at("/Plan/EventSettings")).set("PipelineId", value);
        return RequestChecker.check(PLAN, request, form, options);
    }

    @ParameterizedTest(name = "uint64 {0} as JSON number: {1}")
    @CsvSource({
        "0, true",
        "256, true",
        "18446744073709551615, true",
        "18446744073709551616, false",
        "-1, false",
        "1.0, false",
        "1.5, false",
        "1e3, false",
    })
    void uint64Numbers(String literal, boolean valid) throws Exception {
        JsonNode pid = Json.STRICT.readTree(literal);
        assertThat(uint64(pid, false, RequestChecker.Options.DEFAULTS).isEmpty())
                .isEqualTo(valid);
        assertThat(uint64(pid, false, STRICT).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "uint64 text \"{0}\": form {1}, lenient JSON {1}, strict JSON false")
    @CsvSource({
        "0, true",
        "256, true",
        "00256, true",
        "18446744073709551615, true",
        "18446744073709551616, false",
        "-1, false",
        "-0, true",
        "+1, false",
        "1.0, false",
        "abc, false",
        "' 1', false",
        "'', false",
        "12a, false",
    })
    void uint64Texts(String text, boolean valid) {
        JsonNode pid = Json.STRICT.getNodeFactory().textNode(text);
        assertThat(uint64(pid, true, RequestChecker.Options.DEFAULTS).isEmpty()).isEqualTo(valid);
        assertThat(uint64(pid, true, STRICT).isEmpty()).isEqualTo(valid);
        assertThat(uint64(pid, false, RequestChecker.Options.DEFAULTS).isEmpty())
                .isEqualTo(valid);
        assertThat(uint64(pid, false, STRICT)).isPresent();
    }

    @ParameterizedTest(name = "int64 {0}: {1}")
    @CsvSource({
        "0, true",
        "-1, true",
        "-9223372036854775808, true",
        "-9223372036854775809, false",
        "9223372036854775807, true",
        "9223372036854775808, false",
        "2.5, false",
    })
    void int64(String literal, boolean valid) throws Exception {
        assertThat(int64(Json.STRICT.readTree(literal), false, STRICT).isEmpty())
                .isEqualTo(valid);
        assertThat(int64(Json.STRICT.getNodeFactory().textNode(literal), true, STRICT)
                        .isEmpty())
                .isEqualTo(valid);
    }

    @Test
    @DisplayName("int64 diagnostic names the range")
    void int64Diagnostic() {
        assertThat(int64(Json.STRICT.getNodeFactory().textNode("x"), true, STRICT))
                .hasValueSatisfying(p -> {
                    assertThat(p.path()).isEqualTo("Plan.EventSettings.PipelineId");
                    assertThat(p.diagnostic())
                            .isEqualTo("Plan.EventSettings.PipelineId must be int64 (an integer from"
                                    + " -9223372036854775808 to 9223372036854775807), but the request has the text"
                                    + " \"x\"");
                });
    }

    @Test
    @DisplayName("float members: numbers; text of a decimal number when lenient or form")
    void floats() {
        ActionContract a = floatAction();
        io.github.tctestkit.core.contract.Member m = a.input().members().get(0);
        assertThat(m.kind()).isEqualTo(io.github.tctestkit.core.contract.Member.Kind.FLOAT);
        for (String ok : new String[] {"1", "-1.5", "2.5e3", "1E-2", "0.0"}) {
            assertThat(RequestChecker.check(a, json("{'F':" + ok + "}"), false, STRICT))
                    .as(ok)
                    .isEmpty();
            assertThat(RequestChecker.check(a, json("{'F':'" + ok + "'}"), true, STRICT))
                    .as(ok)
                    .isEmpty();
            assertThat(RequestChecker.check(a, json("{'F':'" + ok + "'}"), false))
                    .as(ok)
                    .isEmpty();
        }
        for (String bad : new String[] {"", "x", "1.", ".5", "NaN", "1e", "--1"}) {
            assertThat(RequestChecker.check(a, json("{'F':'" + bad + "'}"), true))
                    .as(bad)
                    .isPresent();
        }
        assertThat(RequestChecker.check(a, json("{'F':'1.5'}"), false, STRICT))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("F must be float (a number), but the request has the text \"1.5\" (strict typing: a"
                                + " JSON string is not a number)"));
        assertThat(RequestChecker.check(a, json("{'F':true}"), false))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("F must be float (a number), but the request has a boolean (true)"));
        assertThat(RequestChecker.check(a, json("{'L':[1,'2',-3]}"), false)).isEmpty();
        assertThat(RequestChecker.check(a, json("{'L':[1,'x']}"), false)).hasValueSatisfying(p -> {
            assertThat(p.path()).isEqualTo("L.1");
            assertThat(p.diagnostic())
                    .isEqualTo("L.1 must be int64 (an integer from -9223372036854775808 to"
                            + " 9223372036854775807), but the request has the text \"x\"");
        });
        assertThat(RequestChecker.check(a, json("{'S':'1'}"), false, STRICT))
                .as("no strict-typing hint for a string member")
                .isEmpty();
    }

    static ActionContract floatAction() {
        return ServiceContract.load(new java.io.ByteArrayInputStream(("{'service':'x','version':'1','actions':{'A':"
                                + "{'input':'I','output':'I'}},'objects':{'I':[{'name':'F','kind':'float','type':'float'},"
                                + "{'name':'L','kind':'list','type':'int64'},{'name':'S','kind':'string','type':'string'}]}}")
                        .replace('\'', '"')
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .action("A");
    }

    @Test
    @DisplayName("null arguments are refused with a message")
    void nulls() {
        assertThatThrownBy(() -> RequestChecker.check(null, json("{}"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action, params and options must not be null");
        assertThatThrownBy(() -> RequestChecker.check(CREATE_INPUT, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestChecker.check(CREATE_INPUT, json("{}"), false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("options: defaults and withers")
    void options() {
        RequestChecker.Options d = RequestChecker.Options.DEFAULTS;
        assertThat(d.nestedRequired()).isTrue();
        assertThat(d.lenientNumbers()).isTrue();
        assertThat(d.withNestedRequired(false)).isEqualTo(new RequestChecker.Options(false, true));
        assertThat(d.withLenientNumbers(false)).isEqualTo(new RequestChecker.Options(true, false));
    }

    @Test
    @DisplayName("problem factories")
    void problems() {
        assertThat(ParameterProblem.missing("A.0.B", "d"))
                .isEqualTo(new ParameterProblem(
                        "MissingParameter", "The request is missing a required parameter `A.0.B`.", "A.0.B", "d"));
        assertThat(ParameterProblem.unknown("X", "d"))
                .isEqualTo(new ParameterProblem("UnknownParameter", "The parameter `X` is not recognized.", "X", "d"));
        assertThat(ParameterProblem.invalid("X", "d"))
                .isEqualTo(new ParameterProblem(
                        "InvalidParameter", "The value type of parameter `X` is not valid.", "X", "d"));
    }

    static ActionContract typesAction() {
        return ServiceContract.load(new java.io.ByteArrayInputStream(("{'service':'x','version':'1','actions':{'A':"
                                + "{'input':'I','output':'I'}},'objects':{'I':[{'name':'B','kind':'bool','type':'bool'},"
                                + "{'name':'BL','kind':'list','type':'bool'},"
                                + "{'name':'D','kind':'string','type':'datetime'},"
                                + "{'name':'DI','kind':'string','type':'datetime_iso'},"
                                + "{'name':'DA','kind':'string','type':'date'},"
                                + "{'name':'DL','kind':'list','type':'date'}]}}")
                        .replace('\'', '"')
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .action("A");
    }

    @Test
    @DisplayName("bool members: JSON booleans; the text true or false (any case) when lenient or form")
    void bools() {
        ActionContract a = typesAction();
        for (String ok : new String[] {"true", "false"}) {
            assertThat(RequestChecker.check(a, json("{'B':" + ok + ",'BL':[" + ok + "]}"), false, STRICT))
                    .as(ok)
                    .isEmpty();
        }
        for (String ok : new String[] {"true", "false", "True", "FALSE"}) {
            assertThat(RequestChecker.check(a, json("{'B':'" + ok + "','BL':['" + ok + "']}"), true, STRICT))
                    .as(ok)
                    .isEmpty();
            assertThat(RequestChecker.check(a, json("{'B':'" + ok + "','BL':['" + ok + "']}"), false))
                    .as(ok)
                    .isEmpty();
        }
        for (String bad : new String[] {"", "1", "0", "yes", "truex"}) {
            assertThat(RequestChecker.check(a, json("{'B':'" + bad + "'}"), true))
                    .as(bad)
                    .hasValueSatisfying(
                            p -> assertThat(p.message()).isEqualTo("The value type of parameter `B` is not valid."));
        }
        assertThat(RequestChecker.check(a, json("{'B':'true'}"), false, STRICT))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("B must be bool (true or false), but the request has the text \"true\" (strict"
                                + " typing: a JSON string is not a boolean)"));
        assertThat(RequestChecker.check(a, json("{'B':1}"), false))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("B must be bool (true or false), but the request has a number (1)"));
        assertThat(RequestChecker.check(a, json("{'BL':[true,1]}"), false)).hasValueSatisfying(p -> {
            assertThat(p.path()).isEqualTo("BL.1");
            assertThat(p.diagnostic()).isEqualTo("BL.1 must be bool (true or false), but the request has a number (1)");
        });
        assertThat(RequestChecker.check(a, json("{'BL':true}"), false))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("BL must be a list of bool (true or false), but the request has a boolean (true)"));
    }

    @Test
    @DisplayName("datetime, datetime_iso and date members are strings, their format unchecked")
    void dates() {
        ActionContract a = typesAction();
        ObjectNode ok = json("{'D':'2020-09-22 00:00:00','DI':'2020-09-22T00:00:00+08:00','DA':'2020-09-22',"
                + "'DL':['2020-09-22','any text']}");
        assertThat(RequestChecker.check(a, ok, false, STRICT)).isEmpty();
        assertThat(RequestChecker.check(a, ok, true, STRICT)).isEmpty();
        assertThat(RequestChecker.check(a, json("{'D':20200922}"), false))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("D must be datetime (a string such as \"2020-09-22 00:00:00\"), but the request"
                                + " has a number (20200922)"));
        assertThat(RequestChecker.check(a, json("{'DI':true}"), false, STRICT))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("DI must be datetime_iso (a string such as \"2020-09-22T00:00:00+08:00\"), but the"
                                + " request has a boolean (true)"));
        assertThat(RequestChecker.check(a, json("{'DA':1}"), false))
                .hasValueSatisfying(
                        p -> assertThat(p.message()).isEqualTo("The value type of parameter `DA` is not valid."));
        assertThat(RequestChecker.check(a, json("{'DL':['2020-09-22',1]}"), false))
                .hasValueSatisfying(p -> assertThat(p.diagnostic())
                        .isEqualTo("DL.1 must be date (a string such as \"2020-09-22\"), but the request has a number"
                                + " (1)"));
    }
}
