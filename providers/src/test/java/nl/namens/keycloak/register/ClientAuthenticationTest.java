package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.models.ClientModel;
import org.keycloak.representations.JsonWebToken;

class ClientAuthenticationTest {

  private static final String TOKEN_URL = "https://broker.example/realms/namens/protocol/openid-connect/token";

  @Test
  void theAssertionIsSignedForTheTokenEndpointAndLivesAMinute() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    KeyWrapper key = new KeyWrapper();
    key.setKid("realm-rs256");
    key.setAlgorithm(Algorithm.RS256);
    key.setUse(KeyUse.SIG);
    key.setPrivateKey(pair.getPrivate());
    key.setPublicKey(pair.getPublic());

    String assertion = ClientAuthentication.assertion(key, "namens-bvd-client", TOKEN_URL);

    JWSInput jws = new JWSInput(assertion);
    assertEquals("realm-rs256", jws.getHeader().getKeyId());
    assertEquals("RS256", jws.getHeader().getRawAlgorithm());
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(pair.getPublic());
    verifier.update(jws.getEncodedSignatureInput().getBytes(StandardCharsets.UTF_8));
    assertTrue(verifier.verify(jws.getSignature()), "signed with the realm's key");
    JsonWebToken claims = jws.readJsonContent(JsonWebToken.class);
    assertEquals("namens-bvd-client", claims.getIssuer());
    assertEquals("namens-bvd-client", claims.getSubject());
    assertEquals(TOKEN_URL, claims.getAudience()[0]);
    assertEquals(ClientAuthentication.LIFETIME_SECONDS, claims.getExp() - claims.getIat());
    assertTrue(claims.getId() != null && !claims.getId().isBlank(), "a jti: used once");
  }

  @Test
  void aClientWithASecretSendsItAPublicOrMissingOneNothing() {
    ClientModel withSecret = mock(ClientModel.class);
    when(withSecret.getClientAuthenticatorType()).thenReturn("client-secret");
    when(withSecret.getSecret()).thenReturn("s");
    assertEquals(Map.of("client_secret", "s"), ClientAuthentication.of(null, null, withSecret, TOKEN_URL));

    ClientModel publicClient = mock(ClientModel.class);
    when(publicClient.isPublicClient()).thenReturn(true);
    assertEquals(Map.of(), ClientAuthentication.of(null, null, publicClient, TOKEN_URL));
    assertEquals(Map.of(), ClientAuthentication.of(null, null, null, TOKEN_URL));
  }
}
