package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers resources from a service's contract by the create / describe / delete naming convention, where that is safe.
 * Pure: it reads the contract only. Not API.
 *
 * <p>A noun {@code X} is a resource when the service has {@code CreateX}, a Describe action ({@code DescribeXs},
 * {@code DescribeXes}, {@code DescribeXies}, {@code DescribeXList}, {@code DescribeXSet} or {@code DescribeX}) and
 * {@code DeleteX} (or {@code DeleteXs}), and:
 *
 * <ul>
 *   <li>the create output names exactly one id: a string member ending in {@code Id}, or a list of strings ending in
 *       {@code Ids}, {@code IdSet} or {@code IdList} (the id member is then {@code ...Id});
 *   <li>the describe output has exactly one list of objects whose item structure has that id member as a string, and
 *       a {@code TotalCount} when the input pages ({@code Offset} / {@code Limit});
 *   <li>the describe input reads the id (a list {@code <Id>s}, {@code <Id>Set}, {@code <Id>List} or the id itself)
 *       and/or {@code Filters} of {@code {Name, Values}} and/or {@code Offset}/{@code Limit}; its other required
 *       members, if any, are strings of the item (they scope the list, as a parent id does);
 *   <li>the delete input takes the id (or a list of ids).
 * </ul>
 *
 * <p>Anything else (two id members, two lists of items, a Describe or Delete that two nouns share, {@code Filters}
 * of another form...) is refused, with the reason. {@code ModifyX}, {@code ModifyXAttribute} or {@code
 * ModifyXAttributes}, when their input takes the id, change the members they name.
 *
 * <pre>{@code
 * Conventions.Result r = Conventions.infer(ServiceContract.loadBuiltIn("tdmq", "2020-02-17").orElseThrow());
 * r.resources();   // [Cluster (CreateCluster, DescribeClusters, DeleteCluster), ...]
 * r.refusals();    // ["Environment: DescribeEnvironments has no TotalCount", ...]
 * }</pre>
 */
public final class Conventions {

    private static final Pattern EXAMPLE_ID = Pattern.compile("([a-z][a-z0-9]*)-[A-Za-z0-9]+");
    private static final List<String> LIST_SUFFIXES = List.of("s", "Set", "List");

    private Conventions() {}

    /**
     * One inferred resource.
     *
     * @param noun the resource noun, the type's name ({@code Cluster})
     * @param create the create action
     * @param describe the describe action
     * @param delete the delete action
     * @param modify the modify action, or null
     * @param idMember the id member of the item ({@code ClusterId})
     * @param createOutput the create output's id member ({@code ClusterId} or {@code ClusterIds})
     * @param createOutputIsList whether it is a list of ids
     * @param listMember the describe output's list ({@code ClusterSet})
     * @param item the item structure's name
     * @param idsParam the describe input's id member, or null
     * @param idsParamIsList whether it is a list
     * @param filters whether describe reads {@code Filters}
     * @param offset whether describe reads {@code Offset}
     * @param limit whether describe reads {@code Limit}
     * @param totalCount whether describe answers {@code TotalCount}
     * @param scope required describe members that scope the list (item members of the same name)
     * @param deleteParam the delete input's id member
     * @param deleteParamIsList whether it is a list
     * @param modifyParam the modify input's id member, or null
     * @param modifyParamIsList whether it is a list
     * @param idPrefix the prefix of fresh ids ({@code cls-})
     * @param idPrefixFromExamples whether the official examples gave the prefix
     * @param notFoundCode the code for an unknown id
     */
    public record Resource(
            String noun,
            String create,
            String describe,
            String delete,
            String modify,
            String idMember,
            String createOutput,
            boolean createOutputIsList,
            String listMember,
            String item,
            String idsParam,
            boolean idsParamIsList,
            boolean filters,
            boolean offset,
            boolean limit,
            boolean totalCount,
            List<String> scope,
            String deleteParam,
            boolean deleteParamIsList,
            String modifyParam,
            boolean modifyParamIsList,
            String idPrefix,
            boolean idPrefixFromExamples,
            String notFoundCode) {

        /** One line for lists: {@code Cluster (ClusterId, cls-): CreateCluster, DescribeClusters, DeleteCluster}. */
        public String line() {
            return noun + " (" + idMember + ", `" + idPrefix + "`): " + create + ", " + describe + ", " + delete
                    + (modify == null ? "" : ", " + modify) + "; not found: " + notFoundCode;
        }
    }

    /**
     * What inference found in one service version.
     *
     * @param service the service
     * @param version its version
     * @param resources the inferred resources
     * @param refusals the nouns with create, describe and delete actions that were not inferred, each with why
     */
    public record Result(String service, String version, List<Resource> resources, List<String> refusals) {}

    private static final Map<String, Optional<Result>> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile List<String> builtInServices;

    /**
     * What inference finds in a built-in service: its version with the most inferable resources (the newest of
     * those with as many).
     *
     * @param service the service name
     * @return the result, or empty when no version has any (or there is no such service)
     */
    public static Optional<Result> builtIn(String service) {
        return BUILT_IN.computeIfAbsent(service, s -> {
            List<ServiceDescription> versions = new ArrayList<>(
                    io.github.tctestkit.core.ServiceRegistry.builtIn().versionsOf(s));
            java.util.Collections.reverse(versions);
            Result best = null;
            for (ServiceDescription v : versions) { // newest first: among equals, the newest wins
                Optional<ServiceContract> c = ServiceContract.loadBuiltIn(s, v.version());
                if (c.isPresent()) {
                    Result r = infer(c.get());
                    if (!r.resources().isEmpty()
                            && (best == null
                                    || r.resources().size() > best.resources().size())) {
                        best = r;
                    }
                }
            }
            return Optional.ofNullable(best);
        });
    }

    /**
     * Why a built-in service has no inferable resource, for messages.
     *
     * @param service the service
     * @return the refusals of its newest version, or a sentence
     */
    public static List<String> whyNot(String service) {
        List<ServiceDescription> versions =
                io.github.tctestkit.core.ServiceRegistry.builtIn().versionsOf(service);
        if (versions.isEmpty()) {
            return List.of("there is no built-in service " + service);
        }
        ServiceDescription newest = versions.get(versions.size() - 1);
        Result r = infer(ServiceContract.loadBuiltIn(service, newest.version()).orElseThrow());
        return r.refusals().isEmpty() ? List.of("no action pair CreateX / DescribeXs / DeleteX") : r.refusals();
    }

    /**
     * The built-in services with inferable resources, sorted.
     *
     * @return the names
     */
    public static List<String> builtInServices() {
        List<String> out = builtInServices;
        if (out == null) {
            out = io.github.tctestkit.core.ServiceRegistry.builtIn().names().stream()
                    .filter(s -> builtIn(s).isPresent())
                    .sorted()
                    .toList();
            builtInServices = out;
        }
        return out;
    }

    /**
     * Infers a service version's resources.
     *
     * @param contract the service's contract
     * @return what was inferred and what was refused
     */
    public static Result infer(ServiceContract contract) {
        ServiceDescription description = ServiceDescription.fromContract(contract);
        Set<String> actions = contract.actionNames();
        List<Resource> found = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (String create : new TreeSet<>(actions)) {
            if (!create.startsWith("Create") || create.length() == "Create".length()) {
                continue;
            }
            String noun = create.substring("Create".length());
            List<String> deletes = present(actions, List.of("Delete" + noun, "Delete" + noun + "s"));
            List<String> describes = present(actions, describeNames(noun));
            if (deletes.isEmpty() || describes.isEmpty()) {
                continue; // no convention: nothing to say
            }
            List<Object> candidates = new ArrayList<>();
            for (String describe : describes) {
                for (String delete : deletes) {
                    candidates.add(resource(contract, description, noun, create, describe, delete));
                }
            }
            List<Resource> ok = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (Object o : candidates) {
                if (o instanceof Resource r) {
                    ok.add(r);
                } else {
                    why.add((String) o);
                }
            }
            if (ok.size() == 1) {
                found.add(ok.get(0));
            } else if (ok.size() > 1) {
                refusals.add(noun + ": several describe/delete actions fit ("
                        + String.join(
                                ", ",
                                ok.stream()
                                        .map(r -> r.describe + "/" + r.delete)
                                        .toList()) + ")");
            } else {
                refusals.add(noun + ": " + String.join("; ", why));
            }
        }
        // an action two nouns would share is ambiguous: neither is inferred
        Map<String, Integer> uses = new HashMap<>();
        for (Resource r : found) {
            for (String a : actionsOf(r)) {
                uses.merge(a, 1, Integer::sum);
            }
        }
        List<Resource> kept = new ArrayList<>();
        for (Resource r : found) {
            Optional<String> shared =
                    actionsOf(r).stream().filter(a -> uses.get(a) > 1).findFirst();
            if (shared.isPresent()) {
                refusals.add(r.noun + ": " + shared.get() + " would serve another resource too");
            } else {
                kept.add(r);
            }
        }
        return new Result(contract.service(), contract.version(), List.copyOf(kept), List.copyOf(refusals));
    }

    private static List<String> actionsOf(Resource r) {
        List<String> out = new ArrayList<>(List.of(r.create, r.describe, r.delete));
        if (r.modify != null) {
            out.add(r.modify);
        }
        return out;
    }

    private static List<String> describeNames(String noun) {
        Set<String> names = new LinkedHashSet<>();
        names.add("Describe" + noun + "s");
        names.add("Describe" + noun + "es");
        if (noun.endsWith("y")) {
            names.add("Describe" + noun.substring(0, noun.length() - 1) + "ies");
        }
        names.add("Describe" + noun + "List");
        names.add("Describe" + noun + "Set");
        names.add("Describe" + noun);
        return List.copyOf(names);
    }

    private static List<String> present(Set<String> actions, List<String> names) {
        return names.stream().filter(actions::contains).toList();
    }

    /** The resource, or a String saying why not. */
    private static Object resource(
            ServiceContract contract,
            ServiceDescription description,
            String noun,
            String create,
            String describe,
            String delete) {
        ActionContract c = contract.action(create);
        ActionContract d = contract.action(describe);
        ActionContract x = contract.action(delete);

        // the create output names exactly one id
        List<Member> ids = new ArrayList<>();
        for (Member m : c.output().members()) {
            if (m.isDisabled() || m.name().equals("RequestId")) {
                continue;
            }
            if (isText(m) && m.name().endsWith("Id") && m.name().length() > 2) {
                ids.add(m);
            } else if (isTextList(m) && idOfList(m.name()) != null) {
                ids.add(m);
            }
        }
        if (ids.size() != 1) {
            return create + " answers " + (ids.isEmpty() ? "no id" : "several ids " + names(ids));
        }
        Member idOut = ids.get(0);
        boolean createList = idOut.kind() == Member.Kind.LIST;
        String idMember = createList ? idOfList(idOut.name()) : idOut.name();
        if (c.input().member(idMember).filter(Member::isRequired).isPresent()) {
            return create + " requires the " + idMember + " it answers (a parent's id, not a new one)";
        }

        // the describe output has exactly one list of items holding the id
        List<Member> lists = new ArrayList<>();
        for (Member m : d.output().members()) {
            if (!m.isDisabled()
                    && m.kind() == Member.Kind.LIST
                    && m.structure().isPresent()
                    && m.structure()
                            .get()
                            .member(idMember)
                            .filter(Conventions::isText)
                            .isPresent()) {
                lists.add(m);
            }
        }
        if (lists.size() != 1) {
            return describe
                    + (lists.isEmpty()
                            ? " answers no list of items with " + idMember
                            : " answers several lists with " + idMember + " " + names(lists));
        }
        Member list = lists.get(0);
        Structure item = list.structure().get();

        // the describe input: ids, Filters, Offset/Limit; other required members scope the list
        Structure in = d.input();
        String idsParam = null;
        boolean idsList = false;
        for (String s : LIST_SUFFIXES) {
            Optional<Member> m = in.member(idMember + s).filter(Conventions::isTextList);
            if (m.isPresent()) {
                if (idsParam != null) {
                    return describe + " reads ids twice (" + idsParam + ", "
                            + m.get().name() + ")";
                }
                idsParam = m.get().name();
                idsList = true;
            }
        }
        if (idsParam == null && in.member(idMember).filter(Conventions::isText).isPresent()) {
            idsParam = idMember;
        }
        boolean filters = false;
        Optional<Member> f = in.member("Filters");
        if (f.isPresent()) {
            Optional<Structure> fs = f.get().structure();
            if (f.get().kind() != Member.Kind.LIST
                    || fs.isEmpty()
                    || fs.get().member("Name").isEmpty()
                    || fs.get().member("Values").isEmpty()) {
                return describe + " has Filters of another form than {Name, Values}";
            }
            filters = true;
        }
        boolean offset =
                in.member("Offset").filter(m -> m.kind() == Member.Kind.INT).isPresent();
        boolean limit =
                in.member("Limit").filter(m -> m.kind() == Member.Kind.INT).isPresent();
        if (idsParam == null && !filters && !offset && !limit) {
            return describe + " reads neither " + idMember + "s nor Filters nor Offset/Limit";
        }
        if (describe.equals("Describe" + noun) && !idsList && !filters && !offset && !limit) {
            return describe + " reads one " + idMember + ", not a list (it describes one resource's details)";
        }
        boolean total = d.output()
                .member("TotalCount")
                .filter(m -> m.kind() == Member.Kind.INT)
                .isPresent();
        if ((offset || limit) && !total) {
            return describe + " pages but answers no TotalCount";
        }
        List<String> scope = new ArrayList<>();
        for (Member m : in.members()) {
            if (!m.isRequired() || m.isDisabled() || m.name().equals(idsParam)) {
                continue;
            }
            if (isText(m) && item.member(m.name()).filter(Conventions::isText).isPresent()) {
                scope.add(m.name());
            } else {
                return describe + " requires " + m.name() + ", which its items do not hold";
            }
        }

        // the delete input takes the id
        String[] del = idParam(x.input(), idMember);
        if (del == null) {
            return delete + " takes no " + idMember;
        }

        // an optional modify action that takes the id
        String modify = null;
        String[] mod = null;
        for (String name : List.of("Modify" + noun, "Modify" + noun + "Attribute", "Modify" + noun + "Attributes")) {
            Optional<ActionContract> m = contract.findAction(name);
            if (m.isPresent()) {
                String[] p = idParam(m.get().input(), idMember);
                if (p != null && modify == null) {
                    modify = name;
                    mod = p;
                }
            }
        }

        String[] prefix = prefix(contract.service(), idMember, c, idOut, d, list);
        String notFound = notFound(description, noun, idMember, List.of(delete));
        return new Resource(
                noun,
                create,
                describe,
                delete,
                modify,
                idMember,
                idOut.name(),
                createList,
                list.name(),
                item.name(),
                idsParam,
                idsList,
                filters,
                offset,
                limit,
                total,
                List.copyOf(scope),
                del[0],
                del[1] != null,
                mod == null ? null : mod[0],
                mod != null && mod[1] != null,
                prefix[0],
                prefix[1] != null,
                notFound);
    }

    /** {name, "list" or null} of the input member that takes the id, or null. */
    private static String[] idParam(Structure in, String idMember) {
        if (in.member(idMember).filter(Conventions::isText).isPresent()) {
            return new String[] {idMember, null};
        }
        for (String s : LIST_SUFFIXES) {
            if (in.member(idMember + s).filter(Conventions::isTextList).isPresent()) {
                return new String[] {idMember + s, "list"};
            }
        }
        return null;
    }

    /** {prefix, "examples" or null}: the examples' common {@code prefix-}, else {@code <service>-}. */
    static String[] prefix(
            String service,
            String idMember,
            ActionContract create,
            Member idOut,
            ActionContract describe,
            Member list) {
        List<String> values = new ArrayList<>();
        try {
            JsonNode v = create.defaultAnswer().path(idOut.name());
            if (v.isArray()) {
                v.forEach(e -> values.add(e.asText()));
            } else if (v.isValueNode()) {
                values.add(v.asText());
            }
            for (JsonNode i : describe.defaultAnswer().path(list.name())) {
                values.add(i.path(idMember).asText());
            }
        } catch (RuntimeException e) {
            // an example that cannot be built gives no prefix
        }
        return prefixOf(service, values);
    }

    /** {prefix, "examples" or null} from example id values. */
    static String[] prefixOf(String service, List<String> values) {
        String common = null;
        for (String v : values) {
            if (v == null || !v.contains("-")) {
                continue; // not an id's form: says nothing
            }
            Matcher m = EXAMPLE_ID.matcher(v);
            if (!m.matches()) {
                return new String[] {service + "-", null};
            }
            if (common == null) {
                common = m.group(1);
            } else if (!common.equals(m.group(1))) {
                return new String[] {service + "-", null};
            }
        }
        return common == null ? new String[] {service + "-", null} : new String[] {common + "-", "examples"};
    }

    /**
     * The not-found code: a documented {@code ResourceNotFound.*}, then {@code InvalidParameterValue*NotFound*}, then
     * {@code *.NotFound} of the delete action that names the noun or the id ({@code ClusterId}: {@code Cluster}) or
     * no other thing ({@code ResourceNotFound.ResourceNotFoundError}); else the common {@code ResourceNotFound}.
     */
    static String notFound(ServiceDescription description, String noun, String idMember, List<String> actions) {
        String lowNoun = noun.toLowerCase(Locale.ROOT);
        String stem = idMember.substring(0, idMember.length() - 2).toLowerCase(Locale.ROOT);
        for (String action : actions) {
            List<String> codes = new ArrayList<>();
            for (ErrorCode e : description.errorsOf(action)) {
                codes.add(e.code());
            }
            codes.sort(null);
            for (Pattern p : List.of(
                    Pattern.compile("ResourceNotFound.*"),
                    Pattern.compile("InvalidParameterValue.*NotFound.*"),
                    Pattern.compile(".*\\.NotFound"))) {
                List<String> hits = codes.stream()
                        .filter(code -> p.matcher(code).matches())
                        .filter(code -> !code.equals("ResourceNotFound"))
                        .toList();
                Optional<String> named = hits.stream()
                        .filter(code -> code.toLowerCase(Locale.ROOT).contains(lowNoun)
                                || code.toLowerCase(Locale.ROOT).contains(stem))
                        .findFirst();
                if (named.isPresent()) {
                    return named.get();
                }
                List<String> generic =
                        hits.stream().filter(Conventions::generic).toList();
                if (generic.size() == 1) {
                    return generic.get(0);
                }
            }
        }
        return "ResourceNotFound";
    }

    /** A code that names no other resource: {@code ResourceNotFound.ResourceNotFoundError}, {@code ...NotExist}. */
    private static boolean generic(String code) {
        int dot = code.indexOf('.');
        String rest = dot < 0 ? "" : code.substring(dot + 1);
        rest = rest.replace("ResourceNotFound", "")
                .replace("NotFound", "")
                .replace("NotExist", "")
                .replace("Error", "")
                .replace("Resource", "");
        return rest.isEmpty();
    }

    /** {@code ClusterIds}, {@code ClusterIdSet}, {@code ClusterIdList} → {@code ClusterId}; else null. */
    static String idOfList(String name) {
        for (String s : LIST_SUFFIXES) {
            if (name.endsWith("Id" + s) && name.length() > ("Id" + s).length()) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return null;
    }

    private static boolean isText(Member m) {
        return m.kind() == Member.Kind.STRING && !m.isDisabled();
    }

    private static boolean isTextList(Member m) {
        return m.kind() == Member.Kind.LIST && m.type().equals("string") && !m.isDisabled();
    }

    private static String names(List<Member> ms) {
        return ms.stream().map(Member::name).toList().toString();
    }

    /** {@code InstanceName} → {@code instance-name}. */
    static String kebab(String member) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < member.length(); i++) {
            char ch = member.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0 && !Character.isUpperCase(member.charAt(i - 1))) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
