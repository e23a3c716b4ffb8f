package dev.obsgen.core.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate process for the crash tests: writes two different output sets into one folder, one after the other,
 * until it is killed. {@code WriterChild DIR ROUNDS} (ROUNDS 0: forever).
 */
public final class WriterChild {
    private WriterChild() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        OutputWriter writer = new OutputWriter();
        for (int i = 0; rounds == 0 || i < rounds; i++) {
            writer.write(variant(i % 2 == 0 ? "a" : "b", i), output);
        }
    }

    /** A set of about 300 files: rule files of one variant, dashboards in a folder of their own, shared files. */
    static OutputSet variant(String name, int round) {
        List<GeneratedFile> files = new ArrayList<>();
        String body = ("x: " + round + "\n").repeat(200);
        for (int i = 0; i < 150; i++) {
            files.add(GeneratedFile.text(String.format("prometheus/rules/%s-%03d.yml", name, i), body));
            files.add(GeneratedFile.text(String.format("grafana/dashboards/%s/d-%03d.json", name.toUpperCase(), i), body));
        }
        files.add(GeneratedFile.text("alertmanager/alertmanager.yml", body));
        return OutputSet.of(files, "# variant " + name);
    }
}
