package org.guildmark.app;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleStructureTests {

    private final ApplicationModules modules = ApplicationModules.of(GuildmarkApplication.class);

    @Test
    void modules_depend_only_on_each_others_published_api() {
        modules.verify();
    }

    @Test
    void the_module_diagram_is_written_with_the_build() {
        new Documenter(modules).writeModulesAsPlantUml();

        assertThat(Path.of("target", "spring-modulith-docs", "components.puml"))
                .isNotEmptyFile()
                .content().contains("Guildmark");
    }
}
