/**
 * Error-message factories of the tctestkit assertions: one {@link org.assertj.core.error.BasicErrorMessageFactory}
 * per kind of failure, shaped like AssertJ's own ({@code Expecting ...: / to be ...: / but ...}).
 *
 * <p>Each factory takes ready-made texts (quoted values, the pretty-printed envelope) so that the assertions of the
 * envelope, the HTTP response and the SDK exception share the same wording. Use them to pin failure messages in your
 * own tests of custom assertions.
 */
package io.github.tctestkit.assertions.error;
