package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWEDecryptionKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RelyingPartyServer;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.ServiceClients.IndependentRelyingParty;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedClient;
import org.openqa.selenium.By;

/**
 * An unmodified, widely used OIDC library, the Nimbus OAuth 2.0 SDK with OpenID Connect, as a service provider
 * registered the OIDC NL GOV way: keys at its own {@code jwks_uri}, {@code private_key_jwt}, the authorization
 * request in a request object signed with its key (the service scope only inside it), PKCE, the ID token and
 * userinfo encrypted to its key. It completes a represented login (Jan for Bea at Belastingaangifte) and reads
 * whom Jan represents. An unsigned request object, one signed with another key, an encrypted but unsigned one and
 * an unregistered {@code request_uri} are refused before any login.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class OidcLibraryClientIT extends BrokerTestBase {

  private static final ClientID CLIENT = new ClientID(IndependentRelyingParty.CLIENT_ID);

  @InjectClient(ref = "independent-rp", realmRef = "namens", config = ServiceClients.IndependentRelyingParty.class)
  ManagedClient independent;

  private final RelyingPartyServer rp = RelyingPartyServer.get();

  private static OIDCProviderMetadata provider() throws Exception {
    return OIDCProviderMetadata.resolve(new Issuer(RealmJson.KEYCLOAK_URL + "/realms/namens"));
  }

  @Test
  void aRepresentedLoginWithASignedRequestObjectAndEncryptedTokens() throws Exception {
    OIDCProviderMetadata op = provider();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest inner =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid", "urn:uuid:" + BELASTINGAANGIFTE), CLIENT, URI.create(rp.callback()))
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    SignedJWT requestObject = sign(requestObjectClaims(inner, op), rp.signingKey());
    URI login =
        new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), CLIENT, URI.create(rp.callback()))
            .requestObject(requestObject)
            .endpointURI(op.getAuthorizationEndpointURI())
            .build()
            .toURI();

    driver.driver().navigate().to(login.toString());
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");

    AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(driver.getCurrentUrl()));
    assertTrue(response.indicatesSuccess(), driver.getCurrentUrl());
    assertEquals(state, response.getState());
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();

    TokenRequest tokenRequest =
        new TokenRequest(
            op.getTokenEndpointURI(),
            new PrivateKeyJWT(
                CLIENT,
                op.getTokenEndpointURI(),
                JWSAlgorithm.PS256,
                rp.signingKey().toRSAPrivateKey(),
                rp.signingKey().getKeyID(),
                null),
            new AuthorizationCodeGrant(code, URI.create(rp.callback()), verifier));
    var tokenResponse = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
    assertTrue(tokenResponse.indicatesSuccess(), () -> tokenResponse.toErrorResponse().getErrorObject().toString());
    OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();

    JWT idToken = tokens.getOIDCTokens().getIDToken();
    assertInstanceOf(EncryptedJWT.class, idToken, "the ID token is encrypted to the service provider's key");
    assertEquals(JWEAlgorithm.RSA_OAEP_256, ((EncryptedJWT) idToken).getHeader().getAlgorithm());
    assertEquals(EncryptionMethod.A256GCM, ((EncryptedJWT) idToken).getHeader().getEncryptionMethod());
    IDTokenClaimsSet claims =
        new IDTokenValidator(
                op.getIssuer(),
                CLIENT,
                new JWSVerificationKeySelector<>(
                    Set.of(JWSAlgorithm.PS256), JWKSourceBuilder.create(op.getJWKSetURI().toURL()).build()),
                new JWEDecryptionKeySelector<>(
                    JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM, new ImmutableJWKSet<>(new JWKSet(rp.encryptionKey()))))
            .validate(idToken, nonce);
    assertEquals(JAN, claims.getSubject().getValue());
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", claims.getStringClaim("sub_id_type"));
    Map<String, Object> represents = claims.getJSONObjectClaim("represents");
    assertNotNull(represents, "represents: the service scope inside the request object was honoured");
    assertEquals(BEA, represents.get("sub"));
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", represents.get("sub_id_type"));

    UserInfoResponse info =
        UserInfoResponse.parse(
            new UserInfoRequest(op.getUserInfoEndpointURI(), (BearerAccessToken) tokens.getOIDCTokens().getAccessToken())
                .toHTTPRequest()
                .send());
    assertTrue(info.indicatesSuccess(), () -> info.toErrorResponse().getErrorObject().toString());
    JWT userInfo = info.toSuccessResponse().getUserInfoJWT();
    assertInstanceOf(EncryptedJWT.class, userInfo, "userinfo is encrypted to the service provider's key");
    EncryptedJWT encrypted = (EncryptedJWT) userInfo;
    encrypted.decrypt(new RSADecrypter(rp.encryptionKey()));
    SignedJWT signed = encrypted.getPayload().toSignedJWT();
    assertNotNull(signed, "userinfo is signed inside");
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.PS256), JWKSourceBuilder.create(op.getJWKSetURI().toURL()).build()));
    processor.setJWTClaimsSetVerifier(null);
    JWTClaimsSet userInfoClaims = processor.process(signed, null);
    assertEquals(JAN, userInfoClaims.getSubject());
  }

  @Test
  void requestObjectsThatAreNotSignedByTheClientAreRefusedBeforeAnyLogin() throws Exception {
    OIDCProviderMetadata op = provider();
    AuthenticationRequest inner =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid", "urn:uuid:" + BELASTINGAANGIFTE), CLIENT, URI.create(rp.callback()))
            .state(new State())
            .nonce(new Nonce())
            .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
            .build();
    JWTClaimsSet claims = requestObjectClaims(inner, op);

    PlainJWT unsigned = new PlainJWT(claims);
    assertRefusedBeforeLogin(op, "request", unsigned.serialize());

    RSAKey stranger =
        new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
            .keyID(rp.signingKey().getKeyID()) // even under the client's kid
            .generate();
    assertRefusedBeforeLogin(op, "request", sign(claims, stranger).serialize());

    RSAKey brokerEncryptionKey =
        JWKSet.load(op.getJWKSetURI().toURL()).getKeys().stream()
            .filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()))
            .map(JWK::toRSAKey)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the broker publishes an encryption key"));
    EncryptedJWT encryptedUnsigned =
        new EncryptedJWT(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .keyID(brokerEncryptionKey.getKeyID())
                .build(),
            claims);
    encryptedUnsigned.encrypt(new RSAEncrypter(brokerEncryptionKey));
    assertRefusedBeforeLogin(op, "request", encryptedUnsigned.serialize());

    String unregistered = rp.serve("/request-" + UUID.randomUUID() + ".jwt", sign(claims, rp.signingKey()).serialize());
    assertRefusedBeforeLogin(op, "request_uri", unregistered);

    // the same claims, signed by the client and encrypted to the broker, are accepted
    EncryptedJWT signedThenEncrypted =
        new EncryptedJWT(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .keyID(brokerEncryptionKey.getKeyID())
                .contentType("JWT")
                .build(),
            claims);
    com.nimbusds.jose.JWEObject nested =
        new com.nimbusds.jose.JWEObject(
            signedThenEncrypted.getHeader(), new com.nimbusds.jose.Payload(sign(claims, rp.signingKey())));
    nested.encrypt(new RSAEncrypter(brokerEncryptionKey));
    driver.driver().navigate().to(authorizationUrl(op, "request", nested.serialize()));
    assertTrue(atTheLogin(), "the login begins: " + browser.pageText());
  }

  private void assertRefusedBeforeLogin(OIDCProviderMetadata op, String parameter, String value) {
    driver.driver().navigate().to(authorizationUrl(op, parameter, value));
    String at = driver.getCurrentUrl();
    assertFalse(at.contains("code="), at);
    assertFalse(atTheLogin(), () -> "no login begins: " + browser.pageText());
    if (at.startsWith(rp.callback())) {
      assertTrue(at.contains("error=invalid_request"), at);
    }
  }

  private boolean atTheLogin() {
    return driver.getCurrentUrl().startsWith(RealmJson.KEYCLOAK_URL + "/")
        && !driver.driver().findElements(By.id("namens-idp-digid")).isEmpty();
  }

  private String authorizationUrl(OIDCProviderMetadata op, String parameter, String value) {
    return op.getAuthorizationEndpointURI()
        + "?response_type=code&scope=openid&client_id="
        + CLIENT.getValue()
        + "&redirect_uri="
        + java.net.URLEncoder.encode(rp.callback(), java.nio.charset.StandardCharsets.UTF_8)
        + "&"
        + parameter
        + "="
        + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The request's parameters as request object claims, with issuer, audience, lifetime and a unique id. */
  private static JWTClaimsSet requestObjectClaims(AuthenticationRequest request, OIDCProviderMetadata op)
      throws Exception {
    Date now = new Date();
    return new JWTClaimsSet.Builder(request.toJWTClaimsSet())
        .issuer(CLIENT.getValue())
        .audience(op.getIssuer().getValue())
        .issueTime(now)
        .notBeforeTime(now)
        .expirationTime(new Date(now.getTime() + 60_000))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private static SignedJWT sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt;
  }
}
