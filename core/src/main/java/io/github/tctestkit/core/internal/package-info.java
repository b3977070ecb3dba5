/**
 * Implementation details of tctestkit core. Not API: these classes may change in any release without notice.
 */
package io.github.tctestkit.core.internal;
