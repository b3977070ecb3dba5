/**
 * Signing and verification of Tencent Cloud API 3.0 requests: TC3-HMAC-SHA256 ({@link
 * io.github.tctestkit.core.signing.Tc3Signer}, {@link io.github.tctestkit.core.signing.Tc3Verifier}) and the older v1
 * HmacSHA1/HmacSHA256 scheme ({@link io.github.tctestkit.core.signing.V1Signer}, {@link
 * io.github.tctestkit.core.signing.V1Verifier}).
 *
 * <p>Hand-written clients sign a {@link io.github.tctestkit.core.signing.SignableRequest}; stub servers turn what they
 * received into one and verify it, getting a {@link io.github.tctestkit.core.signing.VerificationResult} whose {@link
 * io.github.tctestkit.core.signing.FailureReason} maps to a Tencent error code and whose diagnostics show the server's
 * canonical request and string to sign, never a secret.
 *
 * <pre>{@code
 * ApiCredentials keys = ApiCredentials.of("AKIDexample123", "secret");
 * SignableRequest request = SignableRequest.jsonPost("mdl.tencentcloudapi.com", "{}")
 *         .withHeader("X-TC-Action", "DescribeStreamLiveRegions");
 * SignableRequest signed = Tc3Signer.sign(request, keys, "mdl", 1795842124L).applyTo(request);
 *
 * VerificationResult result = Tc3Verifier.create(CredentialsLookup.of(keys)).verify(signed);
 * assert result.isValid();
 * }</pre>
 *
 * <p>Why the verifiers are public although tctestkit's own server calls them for you: a test that fakes the cloud
 * with another server (MockWebServer, a Spring test controller, a servlet filter) verifies what its client signed with
 * the same code and gets the same diagnostics. Everything a user never calls lives in {@code internal}.
 *
 * <p>Only the JDK is used ({@code javax.crypto}, {@code java.security.MessageDigest}). The {@code internal}
 * subpackage is not API.
 */
package io.github.tctestkit.core.signing;
