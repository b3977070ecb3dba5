package io.github.tctestkit.core;

/** The two example envelopes of the API 3.0 documentation, verbatim. */
final class Seeds {

    static final String SUCCESS = """
            {
                "Response": {
                    "TotalCount": 0,
                    "InstanceStatusSet": [],
                    "RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"
                }
            }""";

    static final String ERROR = """
            {
                "Response": {
                    "Error": {
                        "Code": "AuthFailure.SignatureFailure",
                        "Message": "The provided credentials could not be validated. \
            Please ensure your signature is correct."
                    },
                    "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                }
            }""";

    static final String ERROR_MESSAGE =
            "The provided credentials could not be validated. Please ensure your signature is correct.";

    private Seeds() {}
}
