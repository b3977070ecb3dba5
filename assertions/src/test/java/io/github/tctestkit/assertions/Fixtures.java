package io.github.tctestkit.assertions;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tctestkit.core.ApiResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Envelopes and helpers shared by the tests. */
final class Fixtures {

    /** The seed documentation's success example, verbatim. */
    static final String SEED_SUCCESS = """
            {
                "Response": {
                    "TotalCount": 0,
                    "InstanceStatusSet": [],
                    "RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"
                }
            }
            """;

    /** The seed documentation's error example, verbatim. */
    static final String SEED_ERROR = """
            {
                "Response": {
                    "Error": {
                        "Code": "AuthFailure.SignatureFailure",
                        "Message": "The provided credentials could not be validated. Please ensure your signature is correct."
                    },
                    "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                }
            }
            """;

    /** How the success example appears in failure messages. */
    static final String SUCCESS_CONTEXT = """
            RequestId: "b5b41468-520d-4192-b42f-595cc34b6c1c"
            Envelope:
              {
                "Response" : {
                  "TotalCount" : 0,
                  "InstanceStatusSet" : [ ],
                  "RequestId" : "b5b41468-520d-4192-b42f-595cc34b6c1c"
                }
              }""";

    /** How the error example appears in failure messages. */
    static final String ERROR_CONTEXT = """
            RequestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
            Envelope:
              {
                "Response" : {
                  "Error" : {
                    "Code" : "AuthFailure.SignatureFailure",
                    "Message" : "The provided credentials could not be validated. Please ensure your signature is correct."
                  },
                  "RequestId" : "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                }
              }""";

    /** How the error example's error appears in failure messages. */
    static final String ERROR_BLOCK =
            "  code:    \"AuthFailure.SignatureFailure\" (The signature does not match the request; the"
                    + " credentials could not be validated.)\n"
                    + "  message: \"The provided credentials could not be validated. Please ensure your signature is correct.\"";

    private Fixtures() {}

    static ApiResponse success() {
        return ApiResponse.parse(SEED_SUCCESS);
    }

    static ApiResponse failure() {
        return ApiResponse.parse(SEED_ERROR);
    }

    /** Runs code that must fail an assertion and returns the error. */
    static AssertionError expectAssertionError(ThrowingCallable code) {
        AssertionError error = catchThrowableOfType(AssertionError.class, code);
        if (error == null) {
            throw new AssertionError("Expecting an AssertionError, but the code passed");
        }
        return error;
    }

    /** A text block with the platform's line separators, as failure messages use them. */
    static String lines(String textBlock) {
        return textBlock.replace("\n", System.lineSeparator());
    }
}
