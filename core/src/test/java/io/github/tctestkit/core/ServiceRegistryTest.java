package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.contract.ServiceContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    static final ServiceRegistry ALL = ServiceRegistry.builtIn();

    static ServiceDescription demo(String name, String version, String... actions) {
        return ServiceDescription.builder(name, version).group("All", actions).build();
    }

    @Test
    void theBuiltInRegistryHoldsEveryServiceVersionOfTheIndex() {
        assertThat(ALL.services()).hasSize(156);
        assertThat(ALL.names()).hasSize(140).contains("cvm", "vpc", "cbs", "mdl");
        assertThat(ALL.actionCount()).isEqualTo(8584);
        assertThat(ALL).hasToString("ServiceRegistry[156 service versions of 140 services, 8584 actions]");
        assertThat(ServiceRegistry.builtIn()).isSameAs(ALL);
    }

    @Test
    void streamLiveIsItsPlugInDescription() {
        assertThat(ALL.find("mdl", "2020-03-26")).containsSame(ServiceDescription.streamLive());
    }

    @Test
    void versionsAndLookups() {
        assertThat(ALL.versionsOf("tke"))
                .extracting(ServiceDescription::version)
                .containsExactly("2018-05-25", "2022-05-01");
        assertThat(ALL.versionsOf("nosuch")).isEmpty();
        assertThat(ALL.versionsOf(null)).isEmpty();
        assertThat(ALL.find("cvm", "2017-03-12")).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("cvm");
            assertThat(s.hasAction("RunInstances")).isTrue();
            assertThat(s.regions()).containsExactlyElementsOf(ServiceDescription.SDK_REGIONS);
            assertThat(s.rateLimitPerSecond()).isEqualTo(ServiceDescription.DEFAULT_RATE_LIMIT_PER_SECOND);
        });
        assertThat(ALL.find("cvm", "2099-01-01")).isEmpty();
        assertThat(ALL.find(null, "2017-03-12")).isEmpty();
    }

    @Test
    void withActionFindsEveryServiceThatHasIt() {
        assertThat(ALL.withAction("DescribeInstances")).hasSize(13);
        assertThat(ALL.withAction("CancelTask"))
                .extracting(s -> s.name() + " " + s.version())
                .contains("ams 2020-12-29", "vm 2020-12-29");
        assertThat(ALL.withAction("NoSuchAction")).isEmpty();
        assertThat(ALL.withAction(null)).isEmpty();
    }

    @Test
    void closestActionsAreForDidYouMean() {
        assertThat(ALL.closestActions("DescribeStreamLiveChanels", 1)).containsExactly("DescribeStreamLiveChannels");
        assertThat(ALL.closestActions("x", 3)).hasSize(3);
    }

    @Test
    void onlyNarrowsToNamedServicesAndNamesTheClosestForAnUnknownOne() {
        ServiceRegistry two = ALL.only("cvm", "tke");
        assertThat(two.names()).containsExactly("cvm", "tke");
        assertThat(two.services()).hasSize(3);
        assertThat(two.withAction("RunInstances"))
                .extracting(ServiceDescription::name)
                .containsExactly("cvm");
        assertThatThrownBy(() -> ALL.only("cvmm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no service \"cvmm\" is built in; closest: cvm")
                .hasMessageEndingWith("(140 services)");
        assertThatThrownBy(() -> two.only("vpc"))
                .hasMessageStartingWith("no service \"vpc\" is in this registry; closest: ");
        assertThatThrownBy(() -> ALL.only()).hasMessage("only(...) needs at least one service name");
        assertThatThrownBy(() -> ALL.only((String) null)).hasMessageStartingWith("no service \"null\"");
    }

    @Test
    void withAddsOrReplacesByNameAndVersion() {
        ServiceDescription mine = demo("cvm", "2017-03-12", "Only");
        ServiceRegistry replaced = ALL.only("cvm").with(mine, demo("acme", "2024-01-01", "DoIt"));
        assertThat(replaced.services())
                .containsExactly(mine, replaced.find("acme", "2024-01-01").orElseThrow());
        assertThat(replaced.withAction("RunInstances")).isEmpty();
        assertThat(replaced.withAction("Only")).containsExactly(mine);
        assertThatThrownBy(() -> ALL.with((ServiceDescription) null)).hasMessage("service must not be null");
        assertThatThrownBy(() -> ALL.with((ServiceDescription[]) null)).hasMessage("service must not be null");
    }

    @Test
    void ofTakesExactlyTheServicesGiven() {
        ServiceDescription a = demo("a", "2020-01-01", "X");
        ServiceRegistry r = ServiceRegistry.of(a);
        assertThat(r.services()).containsExactly(a);
        assertThat(r.actionCount()).isEqualTo(1);
        assertThatThrownBy(ServiceRegistry::of).hasMessage("a registry needs at least one service");
        assertThatThrownBy(() -> ServiceRegistry.of((ServiceDescription[]) null))
                .hasMessage("a registry needs at least one service");
        assertThatThrownBy(() -> ServiceRegistry.of(a, null)).hasMessage("service must not be null");
        assertThatThrownBy(() -> ServiceRegistry.of(a, demo("a", "2020-01-01", "Y")))
                .hasMessage("service a 2020-01-01 is given twice");
    }

    @Test
    void aBuiltInServicesContractIsReadOnFirstUseAndItsCodesAreItsErrors() {
        ServiceDescription cbs = ALL.find("cbs", "2017-03-12").orElseThrow();
        ServiceContract contract = cbs.contract().orElseThrow();
        assertThat(cbs.contract()).containsSame(contract);
        assertThat(contract.service()).isEqualTo("cbs");
        assertThat(cbs.findError("ResourceUnavailable.Attached")).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("ResourceUnavailable.Attached");
            assertThat(e.description())
                    .isEqualTo("Error ResourceUnavailable.Attached of cbs (Tencent publishes no message for it).");
        });
        assertThat(cbs.findError("AuthFailure.SignatureFailure")).contains(CommonError.AUTH_SIGNATURE_FAILURE);
        assertThat(cbs.findError("No.Such")).isEmpty();
        assertThat(cbs.findError(null)).isEmpty();
        List<ErrorCode> errors = cbs.errors();
        assertThat(errors).startsWith(CommonError.values());
        assertThat(errors)
                .extracting(ErrorCode::code)
                .contains("ResourceUnavailable.Attached")
                .doesNotHaveDuplicates();
        assertThat(cbs.errorsOf("AttachDisks"))
                .extracting(ErrorCode::code)
                .contains("InvalidParameter", "ResourceUnavailable.Attached")
                .doesNotHaveDuplicates();
        assertThat(cbs.groups()).containsOnlyKeys("cbs");
    }

    @Test
    void aServiceFromItsContractTakesItsActionsCodesRegionsAndRateLimit() {
        ServiceContract contract =
                ALL.find("cbs", "2017-03-12").orElseThrow().contract().orElseThrow();
        ServiceDescription d = ServiceDescription.fromContract(contract);
        assertThat(d.name()).isEqualTo("cbs");
        assertThat(d.version()).isEqualTo("2017-03-12");
        assertThat(d.actions()).containsExactlyInAnyOrderElementsOf(contract.actionNames());
        assertThat(d.regions()).containsExactlyElementsOf(ServiceDescription.SDK_REGIONS);
        assertThat(d.rateLimitPerSecond()).isEqualTo(20);
        assertThat(d.contract()).containsSame(contract);
        assertThat(d.findError("ResourceUnavailable.Attached")).isPresent();
        assertThatThrownBy(() -> ServiceDescription.fromContract(null)).hasMessage("contract must not be null");
    }

    @Test
    void findInAnyLooksOnlyInTheBuiltInEnums() {
        assertThat(ErrorCatalogue.findInAny("AuthFailure.SignatureFailure"))
                .contains(CommonError.AUTH_SIGNATURE_FAILURE);
        assertThat(ErrorCatalogue.findInAny("InvalidParameter.NotFound"))
                .contains(StreamLiveError.INVALID_PARAMETER_NOT_FOUND);
        assertThat(ErrorCatalogue.findInAny("ResourceUnavailable.Attached")).isEmpty();
        assertThat(ErrorCatalogue.findInAny(null)).isEmpty();
    }
}
