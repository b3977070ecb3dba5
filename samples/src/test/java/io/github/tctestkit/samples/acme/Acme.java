package io.github.tctestkit.samples.acme;

// tag::private-service[]
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.contract.ServiceContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Acme's private feature-flag service as the fake cloud plays it, from its contract alone: {@code
 * src/test/resources/acme-2024-01-01.json}, in tctestkit's contract format. Use it with {@code
 * @TencentCloudApiTest(service = Acme.class)}.
 */
public final class Acme implements Supplier<ServiceDescription> {

    @Override
    public ServiceDescription get() {
        try (InputStream contract = Acme.class.getResourceAsStream("/acme-2024-01-01.json")) {
            return ServiceDescription.fromContract(ServiceContract.load(contract));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
// end::private-service[]
