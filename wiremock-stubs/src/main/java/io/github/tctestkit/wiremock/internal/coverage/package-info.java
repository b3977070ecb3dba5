/**
 * The contract coverage report: what each test run asked of each service and action ({@code Coverage}), the JSON
 * and HTML files and the summary line written when the run ends ({@code CoverageRun}, {@code CoverageReport},
 * {@code CoverageHtml}), and the gate that can fail the run ({@code CoverageGate}). The server records; nothing here
 * knows a particular service. Not API.
 */
package io.github.tctestkit.wiremock.internal.coverage;
