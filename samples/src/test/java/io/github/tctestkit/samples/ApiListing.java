package io.github.tctestkit.samples;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API of a published module as text: one line per public type and per public or protected member, in
 * String order, each line {@code <type>: <declaration>} with full generic signatures, for example
 * {@code io.github.tctestkit.core.ApiResponse: public static io.github.tctestkit.core.ApiResponse
 * parse(java.lang.String)}.
 *
 * <p>Covered: the types that {@link ApiBoundaryTest#publicTypes} finds (public, outside {@code internal} packages,
 * with public enclosing types), with their superclass, interfaces and type parameters; their public members, and
 * protected members of types that are not final; enum constants; annotation members with their defaults; the
 * {@code @Retention}, {@code @Target}, {@code @Inherited}, {@code @Repeatable} and {@code @Documented} of annotation
 * types; {@code @Deprecated} and {@code @FunctionalInterface}. Not covered: other annotations, parameter names,
 * values of constants, and implicit modifiers that do not change what callers can do ({@code abstract} on an
 * interface, {@code final} on an enum, {@code synchronized}, {@code transient}, {@code volatile}).
 */
final class ApiListing {

    private ApiListing() {}

    /**
     * The listing of some types.
     *
     * @param types public types
     * @return sorted lines, without duplicates
     */
    static List<String> of(Collection<Class<?>> types) {
        TreeSet<String> lines = new TreeSet<>();
        for (Class<?> type : types) {
            lines.addAll(linesOf(type));
        }
        return List.copyOf(lines);
    }

    /** The lines of one type: its declaration and its exposed members. */
    static List<String> linesOf(Class<?> type) {
        String prefix = type.getName() + ": ";
        List<String> lines = new ArrayList<>();
        lines.add(prefix + declaration(type));
        boolean subclassable = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Field f : type.getDeclaredFields()) {
            if (ApiBoundaryTest.exposed(f.getModifiers(), subclassable) && !f.isSynthetic()) {
                lines.add(prefix + field(f));
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (ApiBoundaryTest.exposed(c.getModifiers(), subclassable) && !c.isSynthetic()) {
                lines.add(prefix + constructor(c));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (ApiBoundaryTest.exposed(m.getModifiers(), subclassable) && !m.isSynthetic() && !m.isBridge()) {
                lines.add(prefix + method(m));
            }
        }
        return lines;
    }

    /**
     * What changed between two listings, as the lines that only one of them has.
     *
     * @param committed the accepted listing
     * @param current the listing of the code as it is
     * @return {@code - line} for each removed line and {@code + line} for each added line, in line order; empty
     *     when they are the same
     */
    static List<String> diff(List<String> committed, List<String> current) {
        Set<String> before = new HashSet<>(committed);
        Set<String> after = new HashSet<>(current);
        TreeSet<String> all = new TreeSet<>(before);
        all.addAll(after);
        List<String> out = new ArrayList<>();
        for (String line : all) {
            if (!after.contains(line)) {
                out.add("- " + line);
            } else if (!before.contains(line)) {
                out.add("+ " + line);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ declarations

    static String declaration(Class<?> type) {
        StringBuilder b = new StringBuilder();
        b.append(annotations(type));
        int modifiers = type.getModifiers() & Modifier.classModifiers();
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isInterface()) {
            kind = "interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isEnum()) {
            kind = "enum";
            modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isRecord()) {
            kind = "record";
            modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
        } else {
            kind = "class";
        }
        b.append(words(Modifier.toString(modifiers), kind, type.getName() + typeParameters(type.getTypeParameters())));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            b.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            b.append(type.isInterface() ? " extends " : " implements ").append(typeNames(interfaces));
        }
        if (type.isSealed()) {
            b.append(" permits ")
                    .append(Arrays.stream(type.getPermittedSubclasses())
                            .map(Class::getName)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    static String field(Field f) {
        if (f.isEnumConstant()) {
            return annotations(f) + "enum constant " + f.getName();
        }
        int modifiers = f.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL);
        return annotations(f)
                + words(Modifier.toString(modifiers), f.getGenericType().getTypeName(), f.getName());
    }

    static String constructor(Constructor<?> c) {
        int modifiers = c.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED);
        return annotations(c)
                + words(
                        Modifier.toString(modifiers),
                        typeParameters(c.getTypeParameters()),
                        c.getDeclaringClass().getSimpleName() + parameters(c))
                + exceptions(c);
    }

    static String method(Method m) {
        int modifiers = m.getModifiers()
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL);
        String signature = words(
                        Modifier.toString(modifiers),
                        m.isDefault() ? "default" : "",
                        typeParameters(m.getTypeParameters()),
                        m.getGenericReturnType().getTypeName(),
                        m.getName() + parameters(m))
                + exceptions(m);
        Object defaultValue = m.getDefaultValue();
        return annotations(m) + signature + (defaultValue == null ? "" : " default " + value(defaultValue));
    }

    // ------------------------------------------------------------------ parts

    private static String parameters(Executable e) {
        Type[] types = e.getGenericParameterTypes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String name = types[i].getTypeName();
            if (e.isVarArgs() && i == types.length - 1 && name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2) + "...";
            }
            names.add(name);
        }
        return "(" + String.join(", ", names) + ")";
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return " throws "
                + Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(", "));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (TypeVariable<?> v : variables) {
            Type[] bounds = v.getBounds();
            boolean onlyObject = bounds.length == 1 && bounds[0] == Object.class;
            out.add(
                    onlyObject
                            ? v.getName()
                            : v.getName() + " extends "
                                    + Arrays.stream(bounds)
                                            .map(Type::getTypeName)
                                            .collect(Collectors.joining(" & ")));
        }
        return "<" + String.join(", ", out) + ">";
    }

    private static String typeNames(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
    }

    /** The annotations that are part of a declaration's contract, each followed by a space. */
    private static String annotations(java.lang.reflect.AnnotatedElement element) {
        List<Class<? extends Annotation>> listed = List.of(
                Deprecated.class,
                FunctionalInterface.class,
                Documented.class,
                Inherited.class,
                Repeatable.class,
                Retention.class,
                Target.class);
        StringBuilder b = new StringBuilder();
        for (Class<? extends Annotation> type : listed) {
            Annotation a = element.getDeclaredAnnotation(type);
            if (a != null) {
                b.append(annotation(a)).append(' ');
            }
        }
        return b.toString();
    }

    /** An annotation with its elements in name order, for example {@code @Target({METHOD, TYPE})}. */
    static String annotation(Annotation a) {
        Method[] elements = a.annotationType().getDeclaredMethods();
        Arrays.sort(elements, (x, y) -> x.getName().compareTo(y.getName()));
        List<String> parts = new ArrayList<>();
        for (Method element : elements) {
            if (element.isSynthetic()) {
                continue;
            }
            try {
                String v = value(element.invoke(a));
                Object defaultValue = element.getDefaultValue();
                if (defaultValue == null || !v.equals(value(defaultValue))) {
                    parts.add(element.getName() + "=" + v);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + element + " of " + a, e);
            }
        }
        String name = "@" + a.annotationType().getName();
        if (parts.isEmpty()) {
            return name;
        }
        if (parts.size() == 1 && parts.get(0).startsWith("value=")) {
            return name + "(" + parts.get(0).substring("value=".length()) + ")";
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    /** An annotation element value as source text. */
    static String value(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof Character c) {
            return "'" + c + "'";
        }
        if (v instanceof Class<?> c) {
            return c.getTypeName() + ".class";
        }
        if (v instanceof Enum<?> e) {
            return e.getDeclaringClass().getName() + "." + e.name();
        }
        if (v instanceof Annotation a) {
            return annotation(a);
        }
        if (v instanceof Long l) {
            return l + "L";
        }
        if (v instanceof Float f) {
            return f + "f";
        }
        if (v.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(value(Array.get(v, i)));
            }
            return "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(v);
    }

    private static String words(String... parts) {
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
    }
}
