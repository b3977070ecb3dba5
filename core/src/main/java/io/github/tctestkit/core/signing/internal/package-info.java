/** Implementation details of {@code io.github.tctestkit.core.signing}; not API, may change without notice. */
package io.github.tctestkit.core.signing.internal;
