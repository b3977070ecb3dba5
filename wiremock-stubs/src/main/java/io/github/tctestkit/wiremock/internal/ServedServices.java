package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The services an annotation asks for: built-in ones by name, a user's own by supplier class, or every built-in
 * service. Not API.
 */
public final class ServedServices {

    private ServedServices() {}

    /**
     * The registry an annotation's {@code services} and {@code service} attributes describe.
     *
     * @param names built-in service names; none for every built-in service (unless suppliers are given)
     * @param suppliers classes that supply a user's own services; alone, they are the only ones served
     * @param where the annotation, for messages
     * @return the registry
     * @throws IllegalArgumentException naming the unknown service or the supplier that cannot be used
     */
    public static ServiceRegistry of(
            String[] names, Class<? extends Supplier<ServiceDescription>>[] suppliers, String where) {
        List<ServiceDescription> own = new ArrayList<>();
        for (Class<? extends Supplier<ServiceDescription>> type : suppliers) {
            own.add(supplied(type, where));
        }
        if (names.length == 0) {
            return own.isEmpty()
                    ? ServiceRegistry.builtIn()
                    : ServiceRegistry.of(own.toArray(new ServiceDescription[0]));
        }
        ServiceRegistry built;
        try {
            built = ServiceRegistry.builtIn().only(names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        return own.isEmpty() ? built : built.with(own.toArray(new ServiceDescription[0]));
    }

    /**
     * Instantiates a service supplier named in an annotation.
     *
     * @param type the supplier class, with a no-argument constructor
     * @param where the annotation, for messages
     * @return the service
     * @throws IllegalArgumentException if the class cannot be instantiated or supplies null
     */
    static ServiceDescription supplied(Class<? extends Supplier<ServiceDescription>> type, String where) {
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
