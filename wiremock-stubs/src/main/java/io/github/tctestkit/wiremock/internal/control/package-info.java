/**
 * The control API of the stand-alone emulator: plain HTTP under {@code /_tctestkit/} for clients in any language
 * (health, reset, the journal, answers, state), and the guard that keeps WireMock's own admin API off unless asked.
 * Documented for users in {@code docs/control-api.md}. Entry point: {@link
 * io.github.tctestkit.wiremock.internal.control.ControlApi}. Not API: these classes may change in any release
 * without notice.
 */
package io.github.tctestkit.wiremock.internal.control;
