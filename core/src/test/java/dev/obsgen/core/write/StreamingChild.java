package dev.obsgen.core.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A separate process for the memory test: writes {@code COUNT} files of one mebibyte each, either as they are made
 * ({@code stream}) or after holding them all ({@code hold}). {@code StreamingChild DIR COUNT stream|hold}.
 */
public final class StreamingChild {
    private StreamingChild() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        OutputSource source = large(Integer.parseInt(args[1]));
        new OutputWriter().write(args[2].equals("hold") ? OutputSet.of(source) : source, output);
    }

    static OutputSource large(int count) {
        return new OutputSource() {
            @Override
            public String header() {
                return "# large";
            }

            @Override
            public String owner() {
                return "";
            }

            @Override
            public void emit(Consumer<GeneratedFile> files) {
                for (int i = 0; i < count; i++) {
                    byte[] content = new byte[1 << 20];
                    Arrays.fill(content, (byte) ('a' + i % 26));
                    files.accept(new GeneratedFile(String.format("big/%04d.txt", i), content,
                            GeneratedFile.Kind.GENERATED, ""));
                }
            }
        };
    }
}
