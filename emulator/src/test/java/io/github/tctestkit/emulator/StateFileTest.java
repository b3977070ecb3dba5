package io.github.tctestkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state-file}: the state saved on exit is the state loaded at the next start. */
class StateFileTest {

    @TempDir
    Path dir;

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void whatIsSavedIsLoadedAtTheNextStart() throws Exception {
        Path file = dir.resolve("state.json");
        Main.Options options =
                Main.Options.parse(new String[] {"--port", "0", "--state-file", file.toString()}, Map.of());
        String id;
        try (TencentCloudEmulator first = Main.start(options, out)) {
            StateFile.load(first.api(), options.stateFile()); // no file yet: nothing happens
            id = first.api()
                    .service("cvm")
                    .resources("Instance")
                    .put("{\"InstanceName\":\"kept\",\"InstanceState\":\"STOPPED\"}");
            first.api().service("vpc").resources("Vpc").inRegion("ap-shanghai").put("{\"VpcName\":\"sh\"}");
            StateFile.save(first.api(), options.stateFile());
        }
        assertThat(Files.readString(file)).contains(id, "\"kept\"", "ap-shanghai");

        try (TencentCloudEmulator second = Main.start(options, out)) {
            StateFile.load(second.api(), options.stateFile());
            assertThat(second.api().service("cvm").resources("Instance").get(id))
                    .hasValueSatisfying(i -> assertThat(i).contains("\"InstanceState\":\"STOPPED\""));
            assertThat(second.api()
                            .service("vpc")
                            .resources("Vpc")
                            .inRegion("ap-shanghai")
                            .list())
                    .hasSize(1);
        }
    }

    @Test
    void aDocumentTheEmulatorRefusesIsNamed() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"cvm\":{\"AKIDx\":{\"ap-guangzhou\":{\"Instanse\":[]}}}}");
        Main.Options options = Main.Options.parse(new String[] {"--port", "0", "--state-file=" + file}, Map.of());
        try (TencentCloudEmulator emulator = Main.start(options, out)) {
            assertThatThrownBy(() -> StateFile.load(emulator.api(), file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be loaded")
                    .hasMessageContaining("Instanse");
        }
    }

    @Test
    void stateFileAndStatelessExcludeEachOther() {
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--stateless", "--state-file", "x.json"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--stateless keeps none");
    }
}
