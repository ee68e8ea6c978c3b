package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ClientModel;

class BsnEncryptionGuardTest {

  private static ClientModel client(String protocol, Map<String, String> attributes) {
    ClientModel client = mock(ClientModel.class);
    when(client.getProtocol()).thenReturn(protocol);
    when(client.getAttribute(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
    when(client.getAttributes()).thenReturn(attributes);
    return client;
  }

  @Test
  void aClientAllowedBsnsMustHaveIdTokensAndUserinfoEncrypted() {
    Map<String, String> attributes = new HashMap<>(Map.of("namens.bsn-allowed", "true"));
    assertFalse(BsnEncryptionGuard.mayReceiveBsns(client("openid-connect", attributes)));

    attributes.put("id.token.encrypted.response.alg", "RSA-OAEP-256");
    assertFalse(
        BsnEncryptionGuard.mayReceiveBsns(client("openid-connect", attributes)), "userinfo too");

    attributes.put("user.info.encrypted.response.alg", "RSA-OAEP-256");
    assertTrue(BsnEncryptionGuard.mayReceiveBsns(client("openid-connect", attributes)));
  }

  @Test
  void clientsWithoutBsnsAndSamlClientsAreLeftAlone() {
    assertTrue(BsnEncryptionGuard.mayReceiveBsns(client("openid-connect", Map.of())));
    assertTrue(
        BsnEncryptionGuard.mayReceiveBsns(
            client("openid-connect", Map.of("namens.bsn-allowed", "false"))));
    assertTrue(
        BsnEncryptionGuard.mayReceiveBsns(client("saml", Map.of("namens.bsn-allowed", "true"))));
  }
}
