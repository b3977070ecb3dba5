package io.github.tctestkit.core.contract.internal;

/**
 * The first problem {@link RequestChecker} finds in a request: the gateway's error code and exact message, where it
 * is, and our own explanation.
 *
 * <pre>{@code
 * ParameterProblem p = RequestChecker.check(action, params, false).get();
 * p.code();        // "MissingParameter"
 * p.message();     // "The request is missing a required parameter `Name`."
 * p.path();        // "Name"
 * p.diagnostic();  // "CreateStreamLiveInputRequest requires Name; the request has: Type, InputSettings"
 * }</pre>
 *
 * @param code the gateway's error code: {@code MissingParameter}, {@code UnknownParameter} or
 *     {@code InvalidParameter}
 * @param message the gateway's message, exactly
 * @param path the parameter's flattened path, dots and 0-based indexes, for example {@code OutputGroups.0.Name}
 * @param diagnostic our explanation: what exists at that place, what type was expected
 */
public record ParameterProblem(String code, String message, String path, String diagnostic) {

    /** The code of a required parameter that is absent. */
    public static final String MISSING = "MissingParameter";
    /** The code of a parameter the action's input does not have. */
    public static final String UNKNOWN = "UnknownParameter";
    /** The code of a value of the wrong type. */
    public static final String INVALID = "InvalidParameter";

    static ParameterProblem missing(String path, String diagnostic) {
        return new ParameterProblem(
                MISSING, "The request is missing a required parameter `" + path + "`.", path, diagnostic);
    }

    static ParameterProblem unknown(String path, String diagnostic) {
        return new ParameterProblem(UNKNOWN, "The parameter `" + path + "` is not recognized.", path, diagnostic);
    }

    static ParameterProblem invalid(String path, String diagnostic) {
        return new ParameterProblem(
                INVALID, "The value type of parameter `" + path + "` is not valid.", path, diagnostic);
    }
}
