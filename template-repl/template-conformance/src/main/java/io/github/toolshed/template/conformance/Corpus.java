package io.github.toolshed.template.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a conformance corpus: UTF-8 JSON lines, one case each. */
public final class Corpus {

    private Corpus() {}

    /**
     * Reads a corpus file.
     *
     * @param file the {@code .jsonl} file
     * @return the cases in file order
     * @throws IOException when the file cannot be read
     */
    public static List<ConformanceCase> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a corpus from a stream.
     *
     * @param in UTF-8 JSON lines
     * @return the cases in order
     * @throws IOException when reading fails
     */
    @SuppressWarnings("unchecked")
    public static List<ConformanceCase> read(InputStream in) throws IOException {
        List<ConformanceCase> cases = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                cases.add(ConformanceCase.fromJson((Map<String, Object>) Json.parse(line)));
            }
        }
        return cases;
    }
}
