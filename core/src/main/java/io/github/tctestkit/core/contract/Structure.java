package io.github.tctestkit.core.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A named structure of a service contract (a request, a response or a nested object): its members in documented
 * order.
 *
 * <pre>{@code
 * Structure input = ServiceContract.streamLive().structure("CreateStreamLiveInputRequest");
 * input.memberNames();                   // [Name, Type, SecurityGroupIds, InputSettings]
 * input.member("Type").get().kind();     // Kind.STRING
 * input.member("Nope");                  // Optional.empty()
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Structure {

    private final String name;
    private final List<Member> members;
    private final Map<String, Member> byName;

    Structure(String name, List<Member> members) {
        this.name = name;
        this.members = List.copyOf(members);
        Map<String, Member> map = new LinkedHashMap<>();
        for (Member m : members) {
            if (map.put(m.name(), m) != null) {
                throw new IllegalArgumentException("structure " + name + " lists member " + m.name() + " twice");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /**
     * The structure's name.
     *
     * @return for example {@code "AttachedInput"}
     */
    public String name() {
        return name;
    }

    /**
     * The members, in documented order.
     *
     * @return an unmodifiable list
     */
    public List<Member> members() {
        return members;
    }

    /**
     * The member of that name (case-sensitive, as the gateway is).
     *
     * @param name a member name; {@code null} finds nothing
     * @return the member, or empty
     */
    public Optional<Member> member(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    /**
     * The member names, in documented order.
     *
     * @return an unmodifiable set
     */
    public Set<String> memberNames() {
        return byName.keySet();
    }

    @Override
    public String toString() {
        return name + memberNames();
    }
}
