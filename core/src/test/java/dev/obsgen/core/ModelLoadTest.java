package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading the model class by name, and the command line that does it, on good and bad classes. */
class ModelLoadTest {
    public static final class Good implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleModel.model();
        }
    }

    public static final class Throws implements ObservabilityDefinition {
        @Override
        public Observability define() {
            throw new IllegalStateException("boom");
        }
    }

    public static final class NotADefinition {
    }

    public static final class NoDefaultConstructor implements ObservabilityDefinition {
        public NoDefaultConstructor(String unused) {
        }

        @Override
        public Observability define() {
            return SampleModel.model();
        }
    }

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "com.example.Missing | cannot be loaded",
        "dev.obsgen.core.ModelLoadTest$NotADefinition | does not implement dev.obsgen.model.ObservabilityDefinition",
        "dev.obsgen.core.ModelLoadTest$NoDefaultConstructor | needs a public no-argument constructor",
        "dev.obsgen.core.ModelLoadTest$Throws | failed while building the model: java.lang.IllegalStateException: boom",
        "com.example.models.ThrowingModel | failed while building the model: java.lang.IllegalArgumentException: custom"
                + " variable 'flow' needs at least one value, at com.example.models.ThrowingModel.flowVariable("
                + "ThrowingModel.java:"})
    void aClassThatCannotBeLoadedIsNamedAndNothingIsWritten(String className, String message) throws Exception {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Generation.load(className, getClass().getClassLoader()));
        assertTrue(e.getMessage().contains(className) && e.getMessage().contains(message), e.getMessage());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(new String[] {"generate", "--model", className, "--output", output.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(message));
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aModelThatFailsIsOneLineThatNamesTheUsersCode() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(new String[] {"generate", "--model", "com.example.models.ThrowingModel", "--output",
                output.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(1, status);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.matches("obsgen: model class com\\.example\\.models\\.ThrowingModel failed while"
                + " building the model: .*, at com\\.example\\.models\\.ThrowingModel\\.flowVariable\\("
                + "ThrowingModel\\.java:[0-9]+\\)\\R"), printed);
    }

    @Test
    void aStaticInitializerThatFailsIsNamedWithWhatItThrew() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Generation.load("com.example.models.BrokenInitializerModel", getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("cannot be loaded: java.lang.ExceptionInInitializerError (java.lang."
                + "NumberFormatException: For input string: \"eighty eighty\"), at com.example.models."
                + "BrokenInitializerModel.<clinit>(BrokenInitializerModel.java:"), e.getMessage());
    }

    @Test
    void theCommandLineGeneratesAndThenFindsNoDrift() {
        String model = Good.class.getName();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, Obsgen.run(new String[] {"generate", "--model", model, "--output", output.toString()}, print, print));
        assertTrue(Files.exists(output.resolve("prometheus/prometheus.yml")));
        assertEquals(0, Obsgen.run(new String[] {"check", "--model", model, "--output", output.toString()}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("up to date"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(2, Obsgen.run(new String[] {}, quiet, quiet));
        assertEquals(2, Obsgen.run(new String[] {"generate", "--model"}, quiet, quiet));
        assertEquals(2, Obsgen.run(new String[] {"generate", "--bogus", "x"}, quiet, quiet));
    }
}
