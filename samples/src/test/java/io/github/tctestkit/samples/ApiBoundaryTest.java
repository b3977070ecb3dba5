package io.github.tctestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tctestkit.assertions.TencentCloudAssertions;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import io.github.tctestkit.wiremock.internal.StubServer;
import io.github.tctestkit.wiremock.internal.TencentCloudApiExtension;
import io.github.tctestkit.wiremock.internal.errorsources.CatalogueArgumentsProvider;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * No public or protected signature in the public packages of core, assertions and wiremock-stubs mentions a type from an {@code internal}
 * package (ours or a library's), and no public annotation has an internal class as an element's default (a user
 * gets it without writing it). Annotation values on our annotations (such as {@code
 * @ExtendWith(SomeInternalExtension.class)}) are not signatures and are not checked. It runs here, where all three published modules are on the class path.
 */
class ApiBoundaryTest {

    /** A class of each published module, to find where its compiled classes are. */
    static final List<Class<?>> ANCHORS =
            List.of(ApiResponse.class, TencentCloudAssertions.class, TencentCloudApi.class);

    static final String ROOT_PACKAGE = "io.github.tctestkit";

    @ParameterizedTest
    @FieldSource("ANCHORS")
    void publicSignaturesMentionNoInternalType(Class<?> anchor) throws Exception {
        List<Class<?>> api = publicTypes(anchor);
        List<String> violations = new ArrayList<>();
        api.forEach(c -> violations.addAll(violations(c)));

        System.out.println("FIGURES ApiBoundaryTest(" + anchor.getPackageName() + "): " + api.size()
                + " public types checked, " + violations.size() + " violations");
        assertThat(api).as("public types found").hasSizeGreaterThan(3);
        assertThat(violations)
                .as("public signatures that mention internal types")
                .isEmpty();
    }

    /** A public type that leaks, to show the check can fail. */
    public static class Leaky extends ArrayList<StubServer> {
        public StubServer field;

        public Leaky(StubServer c) {}

        protected List<? extends StubServer> method(StubServer[] codes) {
            return List.of();
        }

        private StubServer hidden() {
            return null;
        }
    }

    @Test
    void theCheckFindsLeaksInSuperTypesFieldsConstructorsParametersAndResults() {
        assertThat(violations(Leaky.class))
                .hasSize(5)
                .allSatisfy(v -> assertThat(v).contains("StubServer"))
                .noneMatch(v -> v.contains("hidden"));
    }

    /** A public annotation whose default is an internal class, to show the check can fail. */
    public @interface LeakyDefault {
        Class<?> service() default StubServer.class;

        Class<?>[] services() default {String.class, TencentCloudApiExtension.class};

        Class<?> fine() default String.class;
    }

    @Test
    void theCheckFindsInternalClassesAsAnnotationDefaults() {
        assertThat(violations(LeakyDefault.class))
                .containsExactlyInAnyOrder(
                        LeakyDefault.class.getName() + ".service default is " + StubServer.class.getName(),
                        LeakyDefault.class.getName() + ".services default is "
                                + TencentCloudApiExtension.class.getName());
    }

    @Test
    void annotationValuesMayNameInternalTypesTheyAreNotSignatures() {
        // how JUnit annotations work: @ExtendWith and @ArgumentsSource name their implementation classes
        assertThat(TencentCloudApiTest.class.getAnnotation(ExtendWith.class).value())
                .containsExactly(TencentCloudApiExtension.class);
        assertThat(AllCommonErrors.class
                        .getAnnotation(ArgumentsSource.class)
                        .value()
                        .getEnclosingClass())
                .isEqualTo(CatalogueArgumentsProvider.class);
        assertThat(AllStreamLiveErrors.class
                        .getAnnotation(ArgumentsSource.class)
                        .value()
                        .getEnclosingClass())
                .isEqualTo(CatalogueArgumentsProvider.class);
        assertThat(violations(TencentCloudApiTest.class)).isEmpty();
        assertThat(violations(AllCommonErrors.class)).isEmpty();
        assertThat(violations(AllStreamLiveErrors.class)).isEmpty();
    }

    static boolean isInternal(Class<?> type) {
        return Arrays.asList(type.getPackageName().split("\\.")).contains("internal");
    }

    static List<Class<?>> publicTypes(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            String className =
                    name.substring(0, name.length() - ".class".length()).replace('/', '.');
            if (!className.startsWith(ROOT_PACKAGE) || className.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(className, false, anchor.getClassLoader());
            if (!isInternal(type) && isVisible(type)) {
                types.add(type);
            }
        }
        return types;
    }

    static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            int m = c.getModifiers();
            boolean visible = Modifier.isPublic(m) || (Modifier.isProtected(m) && c != type);
            if (!visible || c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    static List<String> violations(Class<?> type) {
        List<String> found = new ArrayList<>();
        String name = type.getName();
        check(type.getGenericSuperclass(), name + " extends", found);
        for (Type i : type.getGenericInterfaces()) {
            check(i, name + " implements", found);
        }
        for (TypeVariable<?> v : type.getTypeParameters()) {
            check(v, name + " type parameter " + v.getName(), found);
        }
        boolean subclassable = !Modifier.isFinal(type.getModifiers());
        for (Field f : type.getDeclaredFields()) {
            if (exposed(f.getModifiers(), subclassable) && !f.isSynthetic()) {
                check(f.getGenericType(), name + "." + f.getName(), found);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (exposed(c.getModifiers(), subclassable) && !c.isSynthetic()) {
                checkExecutable(c, name + ".<init>", found);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (exposed(m.getModifiers(), subclassable) && !m.isSynthetic() && !m.isBridge()) {
                check(m.getGenericReturnType(), name + "." + m.getName() + " returns", found);
                checkExecutable(m, name + "." + m.getName(), found);
                checkDefault(m, name + "." + m.getName() + " default", found);
            }
        }
        return found;
    }

    /** An annotation element's default is what a user gets without writing it: no internal class may be it. */
    static void checkDefault(Method m, String where, List<String> found) {
        Object value = m.getDefaultValue();
        Object[] values = value instanceof Object[] array ? array : new Object[] {value};
        for (Object v : values) {
            if (v instanceof Class<?> c && isInternal(c)) {
                found.add(where + " is " + c.getName());
            }
        }
    }

    static boolean exposed(int modifiers, boolean subclassable) {
        return Modifier.isPublic(modifiers) || (subclassable && Modifier.isProtected(modifiers));
    }

    static void checkExecutable(Executable e, String where, List<String> found) {
        for (Type p : e.getGenericParameterTypes()) {
            check(p, where + " parameter", found);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(x, where + " throws", found);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            check(v, where + " type parameter " + v.getName(), found);
        }
    }

    static void check(Type type, String where, List<String> found) {
        Set<String> internal = new HashSet<>();
        collect(type, internal, new HashSet<>());
        internal.forEach(t -> found.add(where + " mentions " + t));
    }

    private static void collect(Type type, Set<String> internal, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (isInternal(element)) {
                internal.add(element.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), internal, seen);
            collect(p.getOwnerType(), internal, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, internal, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .forEach(b -> collect(b, internal, seen));
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                collect(b, internal, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), internal, seen);
        }
    }
}
