package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

  private static final Path DEMO_KEY = Path.of("..").resolve(AdminToken.DEMO_KEY);

  @Test
  void theAssertionIsSignedByTheKeyForTheTokenEndpointAndExpiresWithinAMinute() throws Exception {
    PrivateKey key = AdminToken.readKey(DEMO_KEY);
    String endpoint = "http://localhost:8180/realms/namens/protocol/openid-connect/token";

    SignedJWT jwt = SignedJWT.parse(AdminToken.assertion(AdminToken.CLIENT, AdminToken.DEMO_KID, key, endpoint));

    assertTrue(jwt.verify(new RSASSAVerifier(publicOf(key))), "signed with the key");
    assertEquals(AdminToken.DEMO_KID, jwt.getHeader().getKeyID());
    assertEquals(AdminToken.CLIENT, jwt.getJWTClaimsSet().getIssuer());
    assertEquals(AdminToken.CLIENT, jwt.getJWTClaimsSet().getSubject());
    assertEquals(List.of(endpoint), jwt.getJWTClaimsSet().getAudience());
    long lifetime = jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime();
    assertTrue(lifetime > 0 && lifetime <= 60_000, "short-lived: " + lifetime);
    String other = AdminToken.assertion(AdminToken.CLIENT, AdminToken.DEMO_KID, key, endpoint);
    assertTrue(
        !SignedJWT.parse(other).getJWTClaimsSet().getJWTID().equals(jwt.getJWTClaimsSet().getJWTID()),
        "every assertion its own jti (the broker refuses a replay)");
  }

  /** The demo key's public half is the one realm-config registers on the client (kid namens-admin-demo). */
  @Test
  void theDemoKeyIsTheOneTheRealmRegisters() throws Exception {
    String realm = Files.readString(Path.of("..", "realm-config", "src", "main", "resources", "realms", "namens-realm.json"));
    RSAPublicKey published = publicOf(AdminToken.readKey(DEMO_KEY));
    String modulus = new RSAKey.Builder(published).build().getModulus().toString();
    assertTrue(realm.contains("\\\"kid\\\":\\\"namens-admin-demo\\\"") && realm.contains(modulus), "realm-config has it");
  }

  @Test
  void aFileWithoutAPrivateKeyIsRefusedClearly(@TempDir Path dir) throws Exception {
    Path certificate = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> AdminToken.readKey(certificate));
    assertTrue(e.getMessage().contains("no PKCS#8 private key"), e.getMessage());
  }

  @Test
  void optionsArePairsOfKnownNames() {
    assertEquals(Map.of("--key", "k.pem", "--realm", "https://broker/realms/namens"),
        AdminToken.options(new String[] {"--key", "k.pem", "--realm", "https://broker/realms/namens"}));
    assertThrows(IllegalArgumentException.class, () -> AdminToken.options(new String[] {"--secret", "x"}));
    assertThrows(IllegalArgumentException.class, () -> AdminToken.options(new String[] {"--key"}));
    assertThrows(IllegalArgumentException.class, () -> AdminToken.options(new String[] {"--key", "a", "--key", "b"}));
  }

  private static RSAPublicKey publicOf(PrivateKey key) throws GeneralSecurityException {
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
    return (RSAPublicKey)
        KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
  }
}
