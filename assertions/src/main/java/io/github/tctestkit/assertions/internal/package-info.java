/**
 * Helpers of the assertions module. Not API: may change in any release without notice; do not use from your code.
 */
package io.github.tctestkit.assertions.internal;
