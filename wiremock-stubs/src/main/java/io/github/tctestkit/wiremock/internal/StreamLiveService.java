package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceDescription;
import java.util.function.Supplier;

/** The default service of {@code @TencentCloudApiTest} and {@code @AllErrorsOf}: StreamLive. Not API. */
public final class StreamLiveService implements Supplier<ServiceDescription> {

    /** Invoked reflectively. */
    public StreamLiveService() {}

    @Override
    public ServiceDescription get() {
        return ServiceDescription.streamLive();
    }

    /**
     * Instantiates a service supplier named in an annotation.
     *
     * @param type the supplier class, with a public no-argument constructor
     * @param where the annotation, for messages
     * @return the service
     * @throws IllegalArgumentException if the class cannot be instantiated or supplies null
     */
    public static ServiceDescription of(Class<? extends Supplier<ServiceDescription>> type, String where) {
        if (type == StreamLiveService.class) {
            return ServiceDescription.streamLive();
        }
        Supplier<ServiceDescription> supplier;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            supplier = constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(
                    where + " names service " + type.getName()
                            + ", which cannot be created: it needs a no-argument constructor (" + e + ")",
                    e);
        }
        ServiceDescription service = supplier.get();
        if (service == null) {
            throw new IllegalArgumentException(
                    where + " names service " + type.getName() + ", whose get() returned null");
        }
        return service;
    }
}
