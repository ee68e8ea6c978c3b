package nl.namens.keycloak.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.http.HttpRequest;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.endpoints.request.AuthzEndpointRequestParser;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * {@code namens-request-object-guard}: a request object is accepted only when it is signed with the
 * algorithm its client registered (OIDC NL GOV: request objects signed with the client's key,
 * encrypted ones accepted). Keycloak itself accepts an unsigned ({@code alg: none}) request object
 * from a client without {@code request.object.signature.alg}, and an encrypted one whose content is
 * not signed; this executor refuses both with {@code invalid_request_object} before any login.
 * Keycloak compares the signature's algorithm with the registered one and verifies it with the
 * client's keys.
 */
final class RequestObjectGuard
    implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

  private static final Logger LOG = Logger.getLogger(RequestObjectGuard.class);

  /** Registered values that do not require a signature. */
  static final Set<String> UNSIGNED = Set.of("", "any", "none");

  static final String NO_ALGORITHM =
      "request objects need a signature algorithm registered with the client";
  static final String NOT_SIGNED = "the encrypted request object is not signed by the client";

  private final KeycloakSession session;

  RequestObjectGuard(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getProviderId() {
    return RequestObjectGuardFactory.PROVIDER_ID;
  }

  @Override
  public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
    if (context.getEvent() != ClientPolicyEvent.AUTHORIZATION_REQUEST
        || session.getAttribute(AuthzEndpointRequestParser.AUTHZ_REQUEST_OBJECT) == null) {
      return;
    }
    ClientModel client = session.getContext().getClient();
    String registered =
        client == null
            ? null
            : OIDCAdvancedConfigWrapper.fromClientModel(client).getRequestObjectSignatureAlg();
    if (!requiresSignature(registered)) {
      refuse(client, NO_ALGORITHM);
    }
    if (session.getAttribute(AuthzEndpointRequestParser.AUTHZ_REQUEST_OBJECT_ENCRYPTED) != null
        && !encryptedContentIsSigned(client)) {
      refuse(client, NOT_SIGNED);
    }
  }

  static boolean requiresSignature(String registeredAlgorithm) {
    return registeredAlgorithm != null
        && !UNSIGNED.contains(registeredAlgorithm.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Decrypts the {@code request} parameter again and reports whether a signed JWT was inside (a
   * {@code request_uri}'s object is its client's own pre-registered document and is not refetched).
   */
  private boolean encryptedContentIsSigned(ClientModel client) {
    String raw = requestParameter();
    if (raw == null) {
      return true;
    }
    AtomicBoolean signed = new AtomicBoolean();
    try {
      session
          .tokens()
          .decodeClientJWT(
              raw,
              client,
              (jose, c) -> {
                if (jose instanceof JWSInput) {
                  signed.set(true);
                }
              },
              JsonNode.class);
    } catch (RuntimeException e) {
      return false;
    }
    return signed.get();
  }

  private String requestParameter() {
    HttpRequest request = session.getContext().getHttpRequest();
    if (request == null) {
      return null;
    }
    String value = request.getUri().getQueryParameters().getFirst(OIDCLoginProtocol.REQUEST_PARAM);
    if (value == null && "POST".equals(request.getHttpMethod())) {
      value = request.getDecodedFormParameters().getFirst(OIDCLoginProtocol.REQUEST_PARAM);
    }
    return value;
  }

  private static void refuse(ClientModel client, String why) throws ClientPolicyException {
    LOG.infof("refused a request object of client %s: %s", client == null ? "(unknown)" : client.getClientId(), why);
    throw new ClientPolicyException(OAuthErrorException.INVALID_REQUEST_OBJECT, why);
  }
}
