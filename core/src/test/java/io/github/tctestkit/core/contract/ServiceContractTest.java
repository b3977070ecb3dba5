package io.github.tctestkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ServiceDescription;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ServiceContract")
class ServiceContractTest {

    static final ServiceContract MDL = ServiceContract.streamLive();

    static InputStream json(String text) {
        return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("StreamLive: mdl 2020-03-26, the 36 actions of ServiceDescription, each with input and output")
    void streamLive() {
        assertThat(MDL.service()).isEqualTo("mdl");
        assertThat(MDL.version()).isEqualTo("2020-03-26");
        assertThat(MDL.actionNames()).hasSize(36);
        assertThat(MDL.actionNames())
                .containsExactlyInAnyOrderElementsOf(
                        ServiceDescription.streamLive().actions());
        for (String name : MDL.actionNames()) {
            ActionContract a = MDL.action(name);
            assertThat(a.name()).isEqualTo(name);
            assertThat(a.input().name()).isEqualTo(name + "Request");
            assertThat(a.output().name()).isEqualTo(name + "Response");
            assertThat(a.output().memberNames()).contains("RequestId");
            assertThat(a.productErrors()).isNotEmpty();
            assertThat(a.toString()).isEqualTo(name + "(" + name + "Request -> " + name + "Response)");
        }
        assertThat(MDL.toString()).isEqualTo("mdl 2020-03-26 (36 actions, 178 structures)");
        assertThat(ServiceContract.streamLive()).isSameAs(MDL);
    }

    @Test
    @DisplayName("actionNames and members are unmodifiable")
    void unmodifiable() {
        assertThatThrownBy(() -> MDL.actionNames().remove("StartStreamLiveChannel"))
                .isInstanceOf(UnsupportedOperationException.class);
        Structure s = MDL.structure("AttachedInput");
        assertThatThrownBy(() -> s.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.memberNames().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() ->
                        MDL.action("CreateStreamLiveInput").productErrors().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> MDL.structure("AVTemplate")
                        .member("Vcodec")
                        .get()
                        .allowedValues()
                        .clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("product errors in file order")
    void productErrors() {
        assertThat(MDL.action("CreateStreamLiveInput").productErrors())
                .containsExactly(
                        "InternalError",
                        "InvalidParameter",
                        "InvalidParameter.ExceededQuantityLimit",
                        "InvalidParameter.InputSettings",
                        "InvalidParameter.Name",
                        "InvalidParameter.NotFound",
                        "InvalidParameter.SecurityGroups",
                        "InvalidParameter.Type");
    }

    @Test
    @DisplayName("an unknown action names the closest known ones")
    void unknownAction() {
        assertThat(MDL.findAction("DescribeStreamLiveChanel")).isEmpty();
        assertThat(MDL.findAction(null)).isEmpty();
        assertThat(MDL.findAction("StartStreamLiveChannel")).containsSame(MDL.action("StartStreamLiveChannel"));
        assertThatThrownBy(() -> MDL.action("DescribeStreamLiveChanel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mdl 2020-03-26 has no action \"DescribeStreamLiveChanel\"; closest: "
                        + "DescribeStreamLiveChannel, DescribeStreamLiveChannels, DescribeStreamLivePlans");
        assertThatThrownBy(() -> MDL.action("startstreamlivechannel"))
                .hasMessageStartingWith("mdl 2020-03-26 has no action \"startstreamlivechannel\"; closest: "
                        + "StartStreamLiveChannel, StopStreamLiveChannel,");
        assertThatThrownBy(() -> MDL.action(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mdl 2020-03-26 has no action \"null\"; closest: ");
    }

    @Test
    @DisplayName("structure: lookup, unknown names the closest ones")
    void structures() {
        Structure s = MDL.structure("AttachedInput");
        assertThat(s.name()).isEqualTo("AttachedInput");
        assertThat(s.memberNames()).startsWith("Id", "AudioSelectors");
        assertThat(s.member("Id")).isPresent();
        assertThat(s.member("id")).isEmpty();
        assertThat(s.member(null)).isEmpty();
        assertThat(s.toString()).startsWith("AttachedInput[Id, AudioSelectors");
        assertThatThrownBy(() -> MDL.structure("AttachedInputs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mdl 2020-03-26 has no structure \"AttachedInputs\"; closest: AttachedInput, ");
        assertThatThrownBy(() -> MDL.structure(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mdl 2020-03-26 has no structure \"null\"");
    }

    @Test
    @DisplayName("members: kind, type, flags, example, allowed values, element structure")
    void members() {
        Structure input = MDL.action("CreateStreamLiveInput").input();
        Member name = input.member("Name").orElseThrow();
        assertThat(name.name()).isEqualTo("Name");
        assertThat(name.kind()).isEqualTo(Member.Kind.STRING);
        assertThat(name.type()).isEqualTo("string");
        assertThat(name.isRequired()).isTrue();
        assertThat(name.isStructured()).isFalse();
        assertThat(name.structure()).isEmpty();
        assertThat(name.toString()).isEqualTo("CreateStreamLiveInputRequest.Name (string string, required)");
        Member type = input.member("Type").orElseThrow();
        assertThat(type.allowedValues()).contains("RTMP_PUSH");
        Member groups = input.member("SecurityGroupIds").orElseThrow();
        assertThat(groups.kind()).isEqualTo(Member.Kind.LIST);
        assertThat(groups.type()).isEqualTo("string");
        assertThat(groups.isRequired()).isFalse();
        assertThat(groups.structure()).isEmpty();
        assertThat(groups.example()).contains("[\"636CA1B600007342FA8D\"]");
        assertThat(groups.toString()).isEqualTo("CreateStreamLiveInputRequest.SecurityGroupIds (list string)");
        Member settings = input.member("InputSettings").orElseThrow();
        assertThat(settings.structure().map(Structure::name)).contains("InputSettingInfo");
        assertThat(settings.isStructured()).isTrue();

        Member width = MDL.structure("AVTemplate").member("Width").orElseThrow();
        assertThat(width.kind()).isEqualTo(Member.Kind.INT);
        assertThat(width.type()).isEqualTo("uint64");
        assertThat(width.isAlwaysReturned()).isTrue();
        assertThat(width.example()).contains("1920");
        assertThat(width.allowedValues()).isEmpty();
        assertThat(width.isDisabled()).isFalse();

        Member attached = MDL.structure("InputInfo").member("AttachedChannels").orElseThrow();
        assertThat(attached.isNullable()).isTrue();
        Member info =
                MDL.action("DescribeStreamLiveChannel").output().member("Info").orElseThrow();
        assertThat(info.kind()).isEqualTo(Member.Kind.OBJECT);
        assertThat(info.structure()).containsSame(MDL.structure(info.type()));
        assertThat(info.isNullable()).isFalse();
        assertThat(MDL.structure("DrmSettingsInfo").member("Keys").orElseThrow().example())
                .as("the docs' example \"0\" is not a list and was dropped")
                .isEmpty();
    }

    @Test
    @DisplayName("exampleRequest: the tree, query examples unflattened, the broken DeleteStreamLivePlan body repaired")
    void exampleRequests() {
        assertThat(MDL.action("CreateStreamLiveInput").exampleRequest().toString())
                .isEqualTo("{\"Name\":\"sdad\",\"Type\":\"RTMP_PUSH\",\"SecurityGroupIds\":[\"123\"],"
                        + "\"InputSettings\":[{\"AppName\":\"live\",\"StreamName\":\"test\"}]}");
        assertThat(MDL.action("DeleteStreamLivePlan").exampleRequest().toString())
                .isEqualTo("{\"ChannelId\":\"AAAAA\",\"EventName\":\"EventName\"}");
        assertThat(MDL.action("DescribeStreamLiveChannels").exampleRequest().isEmpty())
                .isTrue();
        ObjectNode copy = MDL.action("DeleteStreamLiveInput").exampleRequest();
        copy.put("Id", "changed");
        assertThat(MDL.action("DeleteStreamLiveInput")
                        .exampleRequest()
                        .get("Id")
                        .asText())
                .isEqualTo("111");
    }

    @Test
    @DisplayName("load: another service's contract in the same format")
    void loadOther() {
        ServiceContract cvm = ServiceContract.load(json("{'format':1,'service':'cvm','version':'2017-03-12',"
                + "'actions':{'DescribeInstances':{'input':'In','output':'Out','errors':['InternalError'],"
                + "'exampleRequest':{'Limit':1},'exampleResponse':{'TotalCount':1}}},"
                + "'objects':{'In':[{'name':'Limit','kind':'int','type':'int64','required':true}],"
                + "'Out':[{'name':'TotalCount','kind':'int','type':'int64','alwaysReturned':true},"
                + "{'name':'Set','kind':'list','type':'Instance','alwaysReturned':true},"
                + "{'name':'RequestId','kind':'string','type':'string'}],"
                + "'Instance':[{'name':'Id','kind':'string','type':'string','alwaysReturned':true,'example':'ins-1'},"
                + "{'name':'Self','kind':'object','type':'Instance','alwaysReturned':true},"
                + "{'name':'Hidden','kind':'string','type':'string','alwaysReturned':true,'disabled':true}]}}"));
        assertThat(cvm.service()).isEqualTo("cvm");
        assertThat(cvm.version()).isEqualTo("2017-03-12");
        ActionContract a = cvm.action("DescribeInstances");
        assertThat(a.productErrors()).containsExactly("InternalError");
        assertThat(a.exampleRequest().toString()).isEqualTo("{\"Limit\":1}");
        assertThat(cvm.structure("Instance").member("Hidden").orElseThrow().isDisabled())
                .isTrue();
        assertThat(a.defaultAnswer().toString())
                .as("a structure inside itself is left out; disabled members too")
                .isEqualTo("{\"TotalCount\":1,\"Set\":[{\"Id\":\"ins-1\"}]}");
        ServiceContract bare = ServiceContract.load(json(
                "{'service':'x','version':'1','actions':{'A':{'input':'I'," + "'output':'I'}},'objects':{'I':[]}}"));
        assertThat(bare.action("A").exampleRequest().isEmpty()).isTrue();
        assertThat(bare.action("A").defaultAnswer().isEmpty()).isTrue();
        assertThat(bare.action("A").productErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json|contract is not valid JSON: ",
                "[]|contract must be a JSON object",
                "{}|contract needs a non-blank text \"service\"",
                "{'service':' '}|contract needs a non-blank text \"service\"",
                "{'service':'x'}|contract needs a non-blank text \"version\"",
                "{'service':'x','version':'1'}|contract needs a JSON object \"objects\"",
                "{'service':'x','version':'1','objects':{}}|contract needs a JSON object \"actions\"",
                "{'service':'x','version':'1','objects':{},'actions':{}}|contract of x lists no action",
                "{'service':'x','version':'1','objects':{'I':{}},'actions':{}}|object I must be an array of members",
                "{'service':'x','version':'1','objects':{'I':[1]},'actions':{}}|a member of I is not a JSON object",
                "{'service':'x','version':'1','objects':{'I':[{'kind':'int'}]},'actions':{}}"
                        + "|a member of I needs a non-blank text \"name\"",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'bit','type':'b'}]},'actions':{}}"
                        + "|member I.A has kind \"bit\"; use string, int, float, bool, object or list",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'bool','type':'string'}]},"
                        + "'actions':{}}|member I.A has kind bool but type string, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'string','type':'bool'}]},"
                        + "'actions':{}}|member I.A has kind string but type bool, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'int','type':'date'}]},"
                        + "'actions':{}}|member I.A has kind int but type date, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'object','type':'datetime'}]},"
                        + "'actions':{}}|member I.A has kind object but type datetime, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'int','type':'string'}]},"
                        + "'actions':{}}|member I.A has kind int but type string, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'string','type':'int64'}]},"
                        + "'actions':{}}|member I.A has kind string but type int64, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'float','type':'int64'}]},"
                        + "'actions':{}}|member I.A has kind float but type int64, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'object','type':'string'}]},"
                        + "'actions':{}}|member I.A has kind object but type string, which does not fit",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'list','type':'J'}]},'actions':{}}"
                        + "|member I.A has type J, which is not an object of the contract nor one of "
                        + "[string, int64, uint64, float, bool, datetime, datetime_iso, date]",
                "{'service':'x','version':'1','objects':{'I':[{'name':'A','kind':'string','type':'string'},"
                        + "{'name':'A','kind':'string','type':'string'}]},'actions':{}}|structure I lists member A twice",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':1}}|action A must be a JSON object",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':{'input':'I','output':'O'}}}"
                        + "|action A names object O, which the contract does not list",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':{'input':'O','output':'I'}}}"
                        + "|action A names object O, which the contract does not list",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':{'output':'I'}}}"
                        + "|action A needs a non-blank text \"input\"",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':{'input':'I','output':'I',"
                        + "'exampleRequest':[]}}}|action A: \"exampleRequest\" must be a JSON object",
                "{'service':'x','version':'1','objects':{'I':[]},'actions':{'A':{'input':'I','output':'I',"
                        + "'exampleResponse':'x'}}}|action A: \"exampleResponse\" must be a JSON object",
            })
    @DisplayName("load refuses an inconsistent contract, naming the problem")
    void loadRefuses(String row) {
        String[] parts = row.split("\\|");
        assertThatThrownBy(() -> ServiceContract.load(json(parts[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(parts[1]);
    }

    @Test
    @DisplayName("bool, datetime, datetime_iso and date members, and lists of them, load; codes are read in order")
    void boolAndDates() {
        ServiceContract c = ServiceContract.load(json("{'service':'x','version':'1','codes':['B.C','A'],"
                + "'actions':{'A':{'input':'I','output':'I'}},'objects':{'I':["
                + "{'name':'On','kind':'bool','type':'bool'},"
                + "{'name':'At','kind':'string','type':'datetime'},"
                + "{'name':'Iso','kind':'string','type':'datetime_iso'},"
                + "{'name':'Day','kind':'string','type':'date'},"
                + "{'name':'Flags','kind':'list','type':'bool'},"
                + "{'name':'Days','kind':'list','type':'date'}]}}"));
        Structure s = c.structure("I");
        assertThat(s.member("On").get().kind()).isEqualTo(Member.Kind.BOOL);
        assertThat(s.member("On").get().type()).isEqualTo("bool");
        assertThat(s.member("At").get().kind()).isEqualTo(Member.Kind.STRING);
        assertThat(s.member("At").get().type()).isEqualTo("datetime");
        assertThat(s.member("Iso").get().type()).isEqualTo("datetime_iso");
        assertThat(s.member("Day").get().type()).isEqualTo("date");
        assertThat(s.member("Flags").get().kind()).isEqualTo(Member.Kind.LIST);
        for (Member m : s.members()) {
            assertThat(m.isStructured()).as(m.name()).isFalse();
            assertThat(m.structure()).as(m.name()).isEmpty();
        }
        assertThat(c.codes()).containsExactly("B.C", "A");
        assertThatThrownBy(() -> c.codes().add("X")).isInstanceOf(UnsupportedOperationException.class);
        ServiceContract none = ServiceContract.load(
                json("{'service':'x','version':'1','actions':{'A':{'input':'I','output':'I'}},'objects':{'I':[]}}"));
        assertThat(none.codes()).isEmpty();
    }

    @Test
    @DisplayName("loadBuiltIn reads a built-in service version anew each time; other names find nothing")
    void loadBuiltIn() {
        ServiceContract cvm = ServiceContract.loadBuiltIn("cvm", "2017-03-12").orElseThrow();
        assertThat(cvm.service()).isEqualTo("cvm");
        assertThat(cvm.version()).isEqualTo("2017-03-12");
        assertThat(cvm.actionNames()).contains("DescribeInstances", "RunInstances");
        assertThat(cvm.codes()).contains("InvalidInstanceId.NotFound").isSorted();
        assertThat(ServiceContract.loadBuiltIn("cvm", "2017-03-12").orElseThrow())
                .isNotSameAs(cvm);
        ServiceContract mdl = ServiceContract.loadBuiltIn("mdl", "2020-03-26").orElseThrow();
        assertThat(mdl).isNotSameAs(MDL);
        assertThat(mdl.actionNames()).containsExactlyElementsOf(MDL.actionNames());
        assertThat(MDL.codes())
                .hasSize(30)
                .contains("InternalError", "InvalidParameter.Name")
                .isSorted();
        assertThat(ServiceContract.loadBuiltIn("cvm", "2017-03-13")).isEmpty();
        assertThat(ServiceContract.loadBuiltIn("nope", "2017-03-12")).isEmpty();
        // The class path resolves ".." in a directory, so only the name check keeps this out.
        assertThat(ServiceContract.class.getResource(
                        "/io/github/tctestkit/core/services/../services/mdl-2020-03-26.json"))
                .isNotNull();
        assertThat(ServiceContract.loadBuiltIn("../services/mdl", "2020-03-26")).isEmpty();
        assertThat(ServiceContract.loadBuiltIn("index", "json")).isEmpty();
        assertThat(ServiceContract.loadBuiltIn("CVM", "2017-03-12")).isEmpty();
        assertThat(ServiceContract.loadBuiltIn("cvm", "latest")).isEmpty();
        assertThatThrownBy(() -> ServiceContract.loadBuiltIn(null, "2017-03-12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service and version must not be null");
        assertThatThrownBy(() -> ServiceContract.loadBuiltIn("cvm", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service and version must not be null");
    }

    @Test
    @DisplayName("load: null stream, unreadable stream, missing resource")
    void loadEdges() {
        assertThatThrownBy(() -> ServiceContract.load(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract input stream must not be null");
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        assertThatThrownBy(() -> ServiceContract.load(broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the contract");
        assertThatThrownBy(() -> ServiceContract.loadResource("/nope.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("resource /nope.json is missing from the class path");
        assertThatThrownBy(
                        () -> ServiceContract.load(json("{'service':'x','version':'1','objects':{},'actions':{}} x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("closest names (the edit distance itself: NamesTest)")
    void closest() {
        assertThat(ServiceContract.closest("b", new java.util.LinkedHashSet<>(List.of("c", "b", "a", "bb", "zzz"))))
                .isEqualTo("b, a, bb");
    }
}
