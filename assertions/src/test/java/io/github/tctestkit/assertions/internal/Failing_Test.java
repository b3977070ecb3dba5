package io.github.tctestkit.assertions.internal;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.assertions.ApiResponseAssert;
import org.junit.jupiter.api.Test;

/** Which stack frames a failure drops: those of AssertJ, reflection and any class of this module's jar. */
class Failing_Test {

    @Test
    void should_drop_frames_of_assertj_reflection_and_this_module() {
        then(Failing.isOwn("org.assertj.core.api.AbstractAssert")).isTrue();
        then(Failing.isOwn("java.lang.reflect.Method")).isTrue();
        then(Failing.isOwn("jdk.internal.reflect.DirectMethodHandleAccessor")).isTrue();
        then(Failing.isOwn("sun.reflect.NativeMethodAccessorImpl")).isTrue();
        then(Failing.isOwn(ApiResponseAssert.class.getName())).isTrue();
        then(Failing.isOwn(Checks.class.getName())).isTrue();
        // soft proxies and lambdas of our classes, which cannot be loaded by name
        then(Failing.isOwn(ApiResponseAssert.class.getName() + "$ByteBuddy$7f3a"))
                .isTrue();
        then(Failing.isOwn("io.github.tctestkit.assertions.NoSuchClass")).isTrue();
    }

    @Test
    void should_keep_frames_of_other_code_even_in_this_package() {
        then(Failing.isOwn("com.example.ChannelTest")).isFalse();
        then(Failing.isOwn("io.github.tctestkit.core.ApiResponse")).isFalse();
        then(Failing.isOwn("io.github.tctestkit.assertionsX.Foo")).isFalse();
        // a test class in the same package, but from another classes directory
        then(Failing.isOwn(getClass().getName())).isFalse();
        then(Failing.isOwn(getClass().getName() + "$1")).isFalse();
    }
}
