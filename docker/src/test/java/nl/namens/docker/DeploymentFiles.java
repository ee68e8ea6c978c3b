package nl.namens.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files under docker/, read as YAML or text, and JSON-schema validation (networknt, draft 7). */
final class DeploymentFiles {

  /** The module folder docker/ (surefire's working directory). */
  static final Path DOCKER = Path.of("").toAbsolutePath();

  static final Path ROOT = DOCKER.getParent();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * A name that holds a secret: ends with KEY, KEYS, PASSWORD, SECRET, PEPPER, TOKEN or CREDENTIALS (in
   * upper-case environment style or lower-case option style), e.g. {@code NAMENS_CLIENT_KEY}, {@code
   * spi-namens-keys--default--identifier-key}; not {@code ..._KEY_VERSION} or {@code ..._TOKEN_URL}.
   */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i)(^|[_-])(key|keys|password|passwd|secret|pepper|token|credentials?)$");

  private DeploymentFiles() {}

  static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).find();
  }

  static String read(String relativeToDocker) {
    try {
      return Files.readString(DOCKER.resolve(relativeToDocker), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readFromRoot(String relativeToRoot) {
    try {
      return Files.readString(ROOT.resolve(relativeToRoot), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML stream (SafeConstructor: no arbitrary types; merge keys resolved). */
  static List<JsonNode> yamlDocuments(String yaml) {
    Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<JsonNode> documents = new ArrayList<>();
    for (Object document : parser.loadAll(yaml)) {
      if (document != null) {
        documents.add(MAPPER.valueToTree(document));
      }
    }
    return documents;
  }

  static JsonNode yaml(String yaml) {
    List<JsonNode> documents = yamlDocuments(yaml);
    if (documents.size() != 1) {
      throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
    }
    return documents.get(0);
  }

  /** A schema from src/test/resources/schemas. */
  static Schema schema(String name) {
    try (InputStream in = DeploymentFiles.class.getResourceAsStream("/schemas/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + name);
      }
      return schema(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Schema schema(JsonNode schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
  }

  /** A schema read from a file; a relative {@code $id} in it resolves against the file's location. */
  static Schema schema(Path file) {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(SchemaLocation.of(file.toUri().toString()), MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's errors for a document, as "location: message" lines; empty when it is valid. */
  static List<String> errors(Schema schema, JsonNode document) {
    List<String> errors = new ArrayList<>();
    for (Error error : schema.validate(document)) {
      errors.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return errors;
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
