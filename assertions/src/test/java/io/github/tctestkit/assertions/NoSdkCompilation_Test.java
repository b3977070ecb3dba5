package io.github.tctestkit.assertions;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves that {@link TencentCloudAssertions} can be used by projects that do not have the Tencent Cloud SDK. */
class NoSdkCompilation_Test {

    @TempDir
    Path dir;

    @Test
    void should_compile_a_user_of_tencent_cloud_assertions_without_the_sdk() throws IOException {
        // GIVEN
        String classPath = classPathWithoutSdk();
        then(classPath).doesNotContain("tencentcloud");
        Path source = write("UsesAssertions", """
                import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
                import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;

                import io.github.tctestkit.assertions.TencentCloudSoftAssertions;
                import io.github.tctestkit.core.ApiResponse;
                import io.github.tctestkit.core.CommonError;

                class UsesAssertions {
                    void test(ApiResponse response, java.net.http.HttpResponse<String> http) {
                        assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
                        assertThat(response).error().failedWithCategory("AuthFailure");
                        assertThat(http).succeeded().field("TotalCount").asLong().isZero();
                        assertThatEnvelope("{}").succeeded();
                        TencentCloudSoftAssertions.assertSoftly(softly -> softly.assertThat(response).succeeded());
                    }
                }
                """);
        // WHEN
        CompileResult result = compile(classPath, source);
        // THEN
        then(result.exitCode).as(result.output).isZero();
    }

    @Test
    void should_not_compile_a_user_of_the_sdk_assertions_without_the_sdk() throws IOException {
        // GIVEN: the control case, showing that the class path above really lacks the SDK
        Path source = write("UsesSdkAssertions", """
                import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;

                class UsesSdkAssertions {
                    void test() {
                        assertThat(null).failedWith("InternalError");
                    }
                }
                """);
        // WHEN
        CompileResult result = compile(classPathWithoutSdk(), source);
        // THEN
        then(result.exitCode).isNotZero();
        then(result.output).contains("TencentCloudSDKException");
    }

    private static String classPathWithoutSdk() {
        List<String> entries = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("tencentcloud"))
                .collect(Collectors.toList());
        return String.join(File.pathSeparator, entries);
    }

    private Path write(String className, String text) throws IOException {
        Path source = dir.resolve(className + ".java");
        Files.writeString(source, text);
        return source;
    }

    private CompileResult compile(String classPath, Path source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        then(compiler).as("a JDK with javac").isNotNull();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = compiler.run(
                null,
                output,
                output,
                "-proc:none",
                "-d",
                dir.resolve("out").toString(),
                "-classpath",
                classPath,
                source.toString());
        return new CompileResult(exitCode, output.toString(StandardCharsets.UTF_8));
    }

    private record CompileResult(int exitCode, String output) {}
}
