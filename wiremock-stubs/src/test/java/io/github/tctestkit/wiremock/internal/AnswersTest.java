package io.github.tctestkit.wiremock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The answers of one scope: the newest live answer among the four keys a request looks up, whichever kinds of key
 * are configured (a request skips the kinds no answer uses).
 */
class AnswersTest {

    private static Answer answer(String name) {
        return new Answer.Fixed(200, new byte[0], Answer.JSON, name);
    }

    private static String taken(Answers answers, String service, String action) {
        Answers.Entry e = answers.take(service, action);
        return e == null ? null : e.answer.toString();
    }

    @Test
    void onlyTheServicesActionConfigured() {
        Answers answers = new Answers();
        answers.add("cvm", "RunInstances", answer("cvm/RunInstances"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("cvm/RunInstances");
        assertThat(taken(answers, "cvm", "StopInstances")).isNull();
        assertThat(taken(answers, "vpc", "RunInstances")).isNull();
        assertThat(taken(answers, "", "RunInstances")).isNull();
    }

    @Test
    void eachKindOfKeyIsFoundAndTheNewestWins() {
        Answers answers = new Answers();
        answers.add("cvm", "RunInstances", answer("cvm/RunInstances"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("cvm/RunInstances");

        answers.add("", "RunInstances", answer("any service/RunInstances"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("any service/RunInstances");
        assertThat(taken(answers, "vpc", "RunInstances")).isEqualTo("any service/RunInstances");
        assertThat(taken(answers, "", "RunInstances")).isEqualTo("any service/RunInstances");

        answers.add("cvm", "", answer("cvm/any action"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("cvm/any action");
        assertThat(taken(answers, "cvm", "StopInstances")).isEqualTo("cvm/any action");
        assertThat(taken(answers, "vpc", "RunInstances")).isEqualTo("any service/RunInstances");

        answers.add("", "", answer("everything"));
        assertThat(taken(answers, "vpc", "CreateVpc")).isEqualTo("everything");
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("everything");

        answers.add("cvm", "RunInstances", answer("cvm/RunInstances again"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("cvm/RunInstances again");
    }

    @Test
    void clearingOneServiceForgetsItsKindsOfKey() {
        Answers answers = new Answers();
        answers.add("cvm", "", answer("cvm/any action"));
        answers.add("vpc", "CreateVpc", answer("vpc/CreateVpc"));
        answers.clear("cvm");
        assertThat(taken(answers, "cvm", "RunInstances")).isNull();
        assertThat(taken(answers, "vpc", "CreateVpc")).isEqualTo("vpc/CreateVpc");
        answers.add("cvm", "", answer("cvm/any action again"));
        assertThat(taken(answers, "cvm", "RunInstances")).isEqualTo("cvm/any action again");
        answers.clear();
        assertThat(taken(answers, "cvm", "RunInstances")).isNull();
    }
}
