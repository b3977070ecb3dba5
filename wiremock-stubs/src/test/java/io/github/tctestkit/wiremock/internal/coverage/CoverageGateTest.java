package io.github.tctestkit.wiremock.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate: its syntax, what it requires, its message. */
class CoverageGateTest {

    static final String SYNTAX = ". Syntax: rules separated by ';', each \"actions: outcomes\"; actions: *, all or"
            + " names separated by ','; outcomes: success, common-errors, product-errors, action-errors, faults,"
            + " fault:NAME or error codes, separated by ','";

    private static CoverageReport report() {
        return CoverageFixtures.demo()
                .cell("BreakThing", "success", 3, "T.a")
                .cell("BreakThing", "refused:InternalError", 1, "T.a")
                .cell("DescribeThings", "fault:NOT_JSON", 1, "T.b")
                .report();
    }

    private static List<String> missing(String spec) {
        return CoverageGate.parse(spec).missing(report()).stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void passesWhenEveryRequiredOutcomeWasSeen() {
        assertThat(missing("BreakThing: success")).isEmpty();
        assertThat(missing("DescribeThings: fault:NOT_JSON ; BreakThing : success ,InternalError;"))
                .isEmpty();
    }

    @Test
    void aRefusalWithTheCodeCountsAsTheCodeSeen() {
        assertThat(missing("BreakThing: InternalError")).isEmpty();
    }

    @Test
    void failsWithAMessageNamingEachActionAndWhatItMisses() {
        CoverageGate gate =
                CoverageGate.parse("BreakThing: success, product-errors; DescribeThings,MakeThing: InternalError");

        List<CoverageGate.Missing> missing = gate.missing(report());

        assertThat(gate.failure(missing, "target/tctestkit/coverage.html"))
                .isEqualTo("tctestkit coverage gate failed: 3 actions miss 3 required outcomes"
                        + " (tctestkit.coverage.require = \"BreakThing: success, product-errors; DescribeThings,MakeThing:"
                        + " InternalError\")\n"
                        + "  demo BreakThing misses 1: error:ResourceUnavailable.DemoBroken\n"
                        + "  demo DescribeThings misses 1: error:InternalError\n"
                        + "  demo MakeThing misses 1: error:InternalError\n"
                        + "report: target/tctestkit/coverage.html");
    }

    @Test
    void starMeansEveryActionCalledAndAllMeansEveryActionOfTheService() {
        assertThat(missing("*: success"))
                .containsExactly("demo DescribeThings misses 1: success"); // MakeThing was never called
        assertThat(missing("all: success")) // every action of every service a request reached: demo's
                .containsExactly("demo DescribeThings misses 1: success", "demo MakeThing misses 1: success");
    }

    @Test
    void outcomeSetsExpandToTheirCodesInTheReportsOrder() {
        List<String> common = missing("BreakThing: common-errors");
        assertThat(common).hasSize(1);
        assertThat(common.get(0))
                .startsWith("demo BreakThing misses 25: error:AuthFailure.InvalidSecretId,")
                .doesNotContain("error:InternalError"); // refused with it
        assertThat(missing("BreakThing: action-errors").get(0))
                .startsWith("demo BreakThing misses 26: ")
                .endsWith(", error:ResourceUnavailable.DemoBroken");
        assertThat(missing("MakeThing: product-errors")).isEmpty(); // its documentation lists none
        assertThat(missing("DescribeThings: faults").get(0))
                .isEqualTo("demo DescribeThings misses 9: fault:INTERNAL_SERVER_ERROR_500, fault:BAD_GATEWAY_502,"
                        + " fault:SERVICE_UNAVAILABLE_503, fault:GATEWAY_TIMEOUT_504, fault:EMPTY_BODY,"
                        + " fault:EMPTY_JSON_OBJECT, fault:CONNECTION_RESET, fault:EMPTY_RESPONSE,"
                        + " fault:RANDOM_DATA_THEN_CLOSE");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "success | rule \"success\" has no ':' between the actions and the outcomes (e.g. \"*: success,"
                        + " common-errors\")",
                ": success | rule \": success\" names no action (use \"*\", \"all\" or action names)",
                "BreakThing: | rule \"BreakThing:\" names no outcome",
                "*, BreakThing: success | rule \"*, BreakThing: success\": \"*\" cannot be combined with other"
                        + " actions",
                "Break-Thing: success | rule \"Break-Thing: success\": \"Break-Thing\" is not an action name",
                "BreakThing: sucess | rule \"BreakThing: sucess\": unknown outcome \"sucess\"; expected success,"
                        + " common-errors, product-errors, action-errors, faults, fault:NAME or an error code such"
                        + " as InvalidParameter.NotFound",
                "BreakThing: fault:TIMEOUT | rule \"BreakThing: fault:TIMEOUT\": unknown fault \"TIMEOUT\"; the"
                        + " faults: INTERNAL_SERVER_ERROR_500, BAD_GATEWAY_502, SERVICE_UNAVAILABLE_503,"
                        + " GATEWAY_TIMEOUT_504, NOT_JSON, EMPTY_BODY, EMPTY_JSON_OBJECT, CONNECTION_RESET,"
                        + " EMPTY_RESPONSE, RANDOM_DATA_THEN_CLOSE",
                " ; ; | it has no rule",
            })
    void badSyntaxIsAClearErrorNamingTheProblem(String spec, String problem) {
        assertThatThrownBy(() -> CoverageGate.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bad tctestkit.coverage.require = \"" + spec + "\": " + problem + SYNTAX);
    }

    @Test
    void anActionNoServiceHasIsAnError() {
        assertThatThrownBy(() -> missing("BreakThings: success"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Bad tctestkit.coverage.require = \"BreakThings: success\": rule \"BreakThings:"
                        + " success\" names action \"BreakThings\", which no service has; the actions of demo:"
                        + " DescribeThings, BreakThing, MakeThing");
    }

    @Test
    void aCodeTheServiceDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> missing("MakeThing: InvalidParameter.NotFound"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "Bad tctestkit.coverage.require = \"MakeThing: InvalidParameter.NotFound\": rule"
                                + " \"MakeThing: InvalidParameter.NotFound\" names error code \"InvalidParameter.NotFound\","
                                + " which service demo does not have (action MakeThing can answer:"
                                + " AuthFailure.InvalidSecretId,");
    }

    @Test
    void streamLiveActionsAndCodesAreKnownEvenWithoutRequests() {
        assertThat(missing("DeleteStreamLiveChannel: success, InvalidParameter.StateError"))
                .containsExactly("mdl DeleteStreamLiveChannel misses 2: success, error:InvalidParameter.StateError");
    }

    @Test
    void anActionOfABuiltInServiceNoRequestReachedIsMissingThere() {
        assertThat(missing("RunInstances: success, InvalidInstanceId.NotFound"))
                .containsExactly("cvm RunInstances misses 2: success, error:InvalidInstanceId.NotFound");
    }

    @Test
    void aSharedActionNoRequestReachedIsMissingInEveryServiceThatHasIt() {
        assertThat(missing("DescribeInstances: success"))
                .hasSize(ServiceRegistry.builtIn().withAction("DescribeInstances").stream()
                        .map(ServiceDescription::name)
                        .distinct()
                        .toList()
                        .size())
                .contains("cvm DescribeInstances misses 1: success");
    }
}
