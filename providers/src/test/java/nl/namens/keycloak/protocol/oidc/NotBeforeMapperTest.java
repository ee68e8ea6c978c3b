package nl.namens.keycloak.protocol.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

class NotBeforeMapperTest {

  @Test
  void nbfIsIatAndAJtiIsAddedOnlyWhereMissing() {
    IDToken id = new IDToken();
    id.iat(1_800_000_000L);
    NotBeforeMapper.stamp(id);
    assertEquals(1_800_000_000L, id.getNbf());
    assertNotNull(id.getId());

    AccessToken access = new AccessToken();
    access.iat(1_800_000_100L);
    access.id("keycloaks-own");
    NotBeforeMapper.stamp(access);
    assertEquals(1_800_000_100L, access.getNbf());
    assertEquals("keycloaks-own", access.getId());

    IDToken other = new IDToken();
    NotBeforeMapper.stamp(other);
    assertNull(other.getNbf(), "no iat, no nbf");
    assertNotEquals(id.getId(), other.getId());
  }
}
