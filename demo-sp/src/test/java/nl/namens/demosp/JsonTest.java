package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void prettyPrintsNestedClaims() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("services", List.of("a", "b"));
    inner.put("empty", List.of());
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "x\"y\n");
    claims.put("exp", 17L);
    claims.put("ok", true);
    claims.put("none", null);
    claims.put("representation", inner);
    assertEquals(
        "{\n"
            + "  \"sub\": \"x\\\"y\\n\",\n"
            + "  \"exp\": 17,\n"
            + "  \"ok\": true,\n"
            + "  \"none\": null,\n"
            + "  \"representation\": {\n"
            + "    \"services\": [\n"
            + "      \"a\",\n"
            + "      \"b\"\n"
            + "    ],\n"
            + "    \"empty\": []\n"
            + "  }\n"
            + "}",
        Json.pretty(claims));
  }
}
