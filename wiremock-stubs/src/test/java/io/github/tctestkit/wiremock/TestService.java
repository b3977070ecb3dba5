package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A made-up service without contract for the extension's own tests, so that they can name short actions ("X", "Leak")
 * and answer free-form payloads: {@code tctest}, version 2020-03-26 (StreamLive's, which the test clients send).
 */
public final class TestService implements Supplier<ServiceDescription> {

    /** StreamLive and this service, for servers started by hand. */
    public static ServiceRegistry withStreamLive() {
        return ServiceRegistry.builtIn().only("mdl").with(new TestService().get());
    }

    @Override
    public ServiceDescription get() {
        List<String> generated = new ArrayList<>();
        for (String cls : List.of("ClassScope", "MethodScope", "GlobalScope")) {
            for (String n : List.of("One", "Two")) {
                for (int m = 1; m <= 8; m++) {
                    for (int r = 1; r <= 5; r++) {
                        String id = cls + n + "_m" + m + "_r" + r;
                        generated.add("Own" + id);
                        generated.add("Fail" + id);
                    }
                }
            }
        }
        for (int i = 1; i <= 20; i++) {
            generated.add("Own" + i);
        }
        return ServiceDescription.builder("tctest", "2020-03-26")
                .group(
                        "Short",
                        "X",
                        "A",
                        "B",
                        "C",
                        "D",
                        "E",
                        "Broken",
                        "Raw",
                        "Ok",
                        "Same",
                        "Leak",
                        "Slow",
                        "Utf8",
                        "Large",
                        "Garbage",
                        "FromBeforeAll")
                .group("Generated", generated.toArray(new String[0]))
                .regions(ServiceDescription.SDK_REGIONS.toArray(new String[0]))
                .rateLimitPerSecond(20)
                .build();
    }
}
