package nl.namens.keycloak.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class KeysConfigTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void keysAreBase64OfAtLeastThirtyTwoBytes() {
    KeysConfig config =
        KeysConfig.from(
            scope(Map.of("identifier-key", KEY, "pseudonym-key", KEY, "pseudonym-key-version", "3")));
    assertArrayEquals(new byte[32], config.identifierKey());
    assertEquals(3, config.pseudonymKeyVersion());
    assertFalse(config.demo());
  }

  @Test
  void unsetKeysAreNullAndTheVersionIsOne() {
    KeysConfig config = KeysConfig.from(scope(Map.of()));
    assertNull(config.identifierKey());
    assertNull(config.pseudonymKey());
    assertEquals(1, config.pseudonymKeyVersion());
  }

  @Test
  void shortOrMalformedKeysStopTheStartNamingTheSettingButNotTheValue() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    IllegalStateException tooShort =
        assertThrows(
            IllegalStateException.class,
            () -> KeysConfig.from(scope(Map.of("pseudonym-key", shortKey))));
    assertTrue(tooShort.getMessage().contains("pseudonym-key must be at least 32 bytes"));
    assertFalse(tooShort.getMessage().contains(shortKey));
    IllegalStateException notBase64 =
        assertThrows(
            IllegalStateException.class,
            () -> KeysConfig.from(scope(Map.of("identifier-key", "not base64 at all!"))));
    assertTrue(notBase64.getMessage().contains("identifier-key is not base64"));
    assertThrows(
        IllegalStateException.class,
        () -> KeysConfig.from(scope(Map.of("pseudonym-key-version", "0"))));
  }

  @Test
  void toStringNeverShowsAKey() {
    String text =
        KeysConfig.from(scope(Map.of("identifier-key", KEY, "pseudonym-key", KEY))).toString();
    assertFalse(text.contains(KEY));
    assertTrue(text.contains("identifier-key=(set)"));
  }

  private static Config.Scope scope(Map<String, String> values) {
    Map<String, String> copy = new HashMap<>(values);
    return new Config.SystemPropertiesScope("") {
      @Override
      public String get(String key, String defaultValue) {
        return copy.getOrDefault(key, defaultValue);
      }

      @Override
      public String get(String key) {
        return copy.get(key);
      }

      @Override
      public Integer getInt(String key, Integer defaultValue) {
        String v = copy.get(key);
        return v == null ? defaultValue : Integer.valueOf(v);
      }

      @Override
      public Boolean getBoolean(String key, Boolean defaultValue) {
        String v = copy.get(key);
        return v == null ? defaultValue : Boolean.valueOf(v);
      }
    };
  }
}
