package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("CommonError")
class CommonErrorTest {

    /** The 26 common codes, copied from the API 3.0 "Responses" table. */
    static final List<String> SPEC_CODES = List.of(
            "AuthFailure.InvalidSecretId",
            "AuthFailure.MFAFailure",
            "AuthFailure.SecretIdNotFound",
            "AuthFailure.SignatureExpire",
            "AuthFailure.SignatureFailure",
            "AuthFailure.TokenFailure",
            "AuthFailure.UnauthorizedOperation",
            "DryRunOperation",
            "FailedOperation",
            "InternalError",
            "InvalidAction",
            "InvalidParameter",
            "InvalidParameterValue",
            "LimitExceeded",
            "MissingParameter",
            "NoSuchVersion",
            "RequestLimitExceeded",
            "ResourceInUse",
            "ResourceInsufficient",
            "ResourceNotFound",
            "ResourceUnavailable",
            "UnauthorizedOperation",
            "UnknownParameter",
            "UnsupportedOperation",
            "UnsupportedProtocol",
            "UnsupportedRegion");

    @Test
    @DisplayName("has exactly the 26 wire codes of the spec table, in its order")
    void hasExactlyTheSpecCodes() {
        assertThat(SPEC_CODES).hasSize(26).doesNotHaveDuplicates();
        assertThat(Arrays.stream(CommonError.values()).map(CommonError::code)).containsExactlyElementsOf(SPEC_CODES);
        assertThat(CommonError.catalogue().size()).isEqualTo(26);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "AuthFailure.SignatureFailure, AUTH_SIGNATURE_FAILURE",
        "AuthFailure.UnauthorizedOperation, AUTH_UNAUTHORIZED_OPERATION",
        "UnauthorizedOperation, UNAUTHORIZED_OPERATION",
        "RequestLimitExceeded, REQUEST_LIMIT_EXCEEDED",
        "AuthFailure.MFAFailure, AUTH_MFA_FAILURE",
        "AuthFailure.SecretIdNotFound, AUTH_SECRET_ID_NOT_FOUND",
    })
    @DisplayName("the naming rule gives the documented names")
    void namingRuleExamples(String wireCode, String name) {
        assertThat(ConstantNames.expectedName(wireCode)).isEqualTo(name);
        assertThat(CommonError.valueOf(name).code()).isEqualTo(wireCode);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CommonError.class)
    @DisplayName("every constant is named from its wire code by the rule")
    void everyConstantFollowsTheNamingRule(CommonError error) {
        assertThat(error.name()).isEqualTo(ConstantNames.expectedName(error.code()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CommonError.class)
    @DisplayName("every constant has a non-blank description, toString is the wire code, fromCode finds it")
    void descriptionsAndLookups(CommonError error) {
        assertThat(error.description()).isNotBlank();
        assertThat(error.toString()).isEqualTo(error.code());
        assertThat(CommonError.fromCode(error.code())).contains(error);
        assertThat(error.category()).isEqualTo(error.code().split("\\.")[0]);
    }

    @Test
    @DisplayName("the catalogue has the categories of the spec, AuthFailure with 7 codes")
    void categories() {
        assertThat(CommonError.catalogue().categories())
                .hasSize(20)
                .startsWith("AuthFailure", "DryRunOperation")
                .contains("InvalidParameter", "InvalidParameterValue", "UnsupportedRegion");
        assertThat(CommonError.catalogue().inCategory("AuthFailure"))
                .containsExactly(
                        CommonError.AUTH_INVALID_SECRET_ID,
                        CommonError.AUTH_MFA_FAILURE,
                        CommonError.AUTH_SECRET_ID_NOT_FOUND,
                        CommonError.AUTH_SIGNATURE_EXPIRE,
                        CommonError.AUTH_SIGNATURE_FAILURE,
                        CommonError.AUTH_TOKEN_FAILURE,
                        CommonError.AUTH_UNAUTHORIZED_OPERATION);
        assertThat(CommonError.catalogue().inCategory("InvalidParameter"))
                .containsExactly(CommonError.INVALID_PARAMETER);
        assertThat(CommonError.catalogue().inCategory("Nope")).isEmpty();
    }
}
